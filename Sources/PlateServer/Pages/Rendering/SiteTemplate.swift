/// Every template of the practice site, by the name pages and partials call it (`{{>button}}`, `{{<layout}}`).
///
/// Each template lives beside the model it renders; this list is the one place that names them, so a test can parse
/// every one and check that every partial a template calls is here.
enum SiteTemplate: String, CaseIterable {
    // The frame and the pieces pages are made of.
    case layout, token, button, countdown, plate, notice, tabs, vinHelp, vinHelpTitle, classList, trainerChoices
    // Pages.
    case noticePage, messagePage, description, office, businessNotice, vehicle, confirmCode, serviceNotes, identity
    case keyboard, random, done, pool, landing, trainer, classPage, printSheet, join, signIn

    var source: String {
        switch self {
        case .layout: Layout.template
        case .token: Self.tokenField
        case .button: Button.template
        case .countdown: Countdown.template
        case .plate: Plate.template
        case .notice: Notice.template
        case .tabs: SelectionTabs.Model.template
        case .vinHelp: VINHelp.template
        case .vinHelpTitle: VINHelp.title
        case .classList: LandingPage.ClassList.template
        case .trainerChoices: LandingPage.TrainerPanel.choicesTemplate
        case .noticePage: NoticePage.template
        case .messagePage: NoticePage.messageTemplate
        case .description: DescriptionPage.Model.template
        case .office: PhaseOnePages.OfficeChoice.template
        case .businessNotice: PhaseOnePages.BusinessNotice.template
        case .vehicle: PhaseOnePages.VehicleEntry.template
        case .confirmCode: PhaseOnePages.CodeConfirmation.template
        case .serviceNotes: PhaseOnePages.ServiceNotes.template
        case .identity: IdentityPage.Model.template
        case .keyboard: KeyboardPage.Model.template
        case .random: RandomPage.Model.template
        case .done: DonePage.Model.template
        case .pool: PoolPage.Model.template
        case .landing: LandingPage.Start.template
        case .trainer: LandingPage.TrainerPanel.template
        case .classPage: ClassPages.ClassPage.template
        case .printSheet: ClassPages.PrintSheet.template
        case .join: ClassPages.SignIn.joinTemplate
        case .signIn: ClassPages.SignIn.signInTemplate
        }
    }

    /// The session's action token as the first field of a form (nothing outside a session): a form of an earlier
    /// page carries an older token, and the site then repeats nothing (`PracticeSite.perform`).
    static let tokenField = #"""
        {{#token}}<input type="hidden" name="token" value="{{.}}">{{/token}}
        """#
}
