/// The words around the self-compose tables, the same in `report.md` and `report.html`.
enum SelfComposeText {
    static let intro =
        "Each confirm (确认选号) checks the N entered numbers in order and reserves the first one free; when all N "
        + "were already taken, all N come off the vehicle's self-compose quota and the countdown starts again. An applicant whose "
        + "quota runs out is moved to random by the platform, or sent to the office when its draws are used up too."
    static let attempts =
        "Of the confirms that were a vehicle's first, second, … attempt, the share that reserved a number."
}
