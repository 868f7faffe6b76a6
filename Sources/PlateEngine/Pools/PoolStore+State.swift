import PlateRules

extension PoolStore {
    func numberState(_ local: Int) -> NumberState {
        NumberState(rawValue: state[local] & ~NumberState.hasFourFlag)!
    }

    /// Moves a number to `new`, keeping every count, index set and keyboard mask in step.
    mutating func setState(_ local: Int, to new: NumberState) {
        let raw = state[local]
        let old = NumberState(rawValue: raw & ~NumberState.hasFourFlag)!
        guard old != new else { return }
        state[local] = (raw & NumberState.hasFourFlag) | new.rawValue
        let hasFour = raw & NumberState.hasFourFlag != 0
        switch old {
        case .reserved: counts.reserved -= 1
        case .cooling: counts.cooling -= 1
        case .available: changeAvailability(local, hasFour: hasFour, available: false)
        case .unpublished: break
        }
        switch new {
        case .reserved: counts.reserved += 1
        case .cooling: counts.cooling += 1
        case .available: changeAvailability(local, hasFour: hasFour, available: true)
        case .unpublished: break
        }
    }

    private mutating func changeAvailability(_ local: Int, hasFour: Bool, available: Bool) {
        let delta = available ? 1 : -1
        let slot = local / size
        let shape = shapeIndex(ofIndex: globalIndex(ofLocal: local))
        counts.availableRandom += delta
        if !hasFour { counts.availableRandomWithoutFour += delta }
        availableRandomByShape[shape] += delta
        slotAvailable[slot] += Int32(delta)
        if available {
            randomAvailable.insert(Int32(local), preferred: !hasFour)
        } else {
            randomAvailable.remove(Int32(local))
        }
        if slotIsOpen[slot] { changeSelfCompose(local, shape: shape, available: available) }
    }

    /// Adds or removes one number from the self-compose counts and keyboard.
    mutating func changeSelfCompose(_ local: Int, shape: Int, available: Bool) {
        counts.availableSelfCompose += available ? 1 : -1
        availableSelfComposeByShape[shape] += available ? 1 : -1
        tries[trieOfShape[shape]].setOpen(available, node: leafNode[local], code: leafCode[local])
    }

    /// Puts a published number on the published-pool keyboard: its segment is open to self-compose (for good).
    mutating func offerToSelfCompose(_ local: Int, shape: Int) {
        counts.offeredSelfCompose += 1
        tries[trieOfShape[shape]].setOffered(node: leafNode[local], code: leafCode[local])
    }

    /// Reports counts that fell to zero or rose from it since the last check, in mode order self-compose, random, any.
    mutating func noteTransitions(at instant: Instant) {
        // Three calls rather than a loop over a literal array: this runs on every take.
        noteTransition(0, .selfCompose, at: instant)
        noteTransition(1, .random, at: instant)
        noteTransition(2, nil, at: instant)
    }

    private mutating func noteTransition(_ i: Int, _ mode: SelectionMode?, at instant: Instant) {
        let positive = counts.available(mode) > 0
        switch (watches[i], positive) {
        case (.positive, false):
            watches[i] = .exhausted
            pendingEvents.append(.exhausted(mode: mode, at: instant))
        case (.exhausted, true):
            watches[i] = .positive
            pendingEvents.append(.replenished(mode: mode, at: instant))
        case (.neverPositive, true):
            watches[i] = .positive
        default:
            break
        }
    }
}
