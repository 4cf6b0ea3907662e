//! Every user-facing string of the app, in Dutch and English.
//!
//! The [`texts!`] table defines the [`Text`] keys and both translations in one
//! place, so a key cannot exist without both languages. Texts with `{name}`
//! placeholders are filled with [`fill`]; a test checks that both languages of
//! a text use the same placeholders.

use super::model::{bi, Bilingual, Lang};

macro_rules! texts {
    ($($(#[$doc:meta])* $key:ident => $nl:expr, $en:expr;)*) => {
        /// A key of a user-facing text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $key,)*
        }

        impl Text {
            /// Every text key, in table order.
            pub const ALL: &'static [Text] = &[$(Text::$key,)*];

            /// The text in both languages.
            #[inline(always)]
            pub fn bilingual(self) -> Bilingual {
                match self {
                    $(Text::$key => bi($nl, $en),)*
                }
            }
        }
    };
}

impl Text {
    /// The text in one language.
    #[inline(always)]
    pub fn get(self, lang: Lang) -> &'static str {
        self.bilingual().get(lang)
    }
}

texts! {
    AppName => "Sociale Innovatie Scan", "Social Innovation Scan";
    SkipToContent => "Naar de inhoud", "Skip to content";
    /// The label of the language switch names the language it switches to.
    SwitchLanguage => "English", "Nederlands";
    SwitchLanguageLabel => "Switch to English", "Schakel naar Nederlands";
    HomeLabel => "Sociale Innovatie Scan, naar het begin", "Social Innovation Scan, to the start";

    IntroTitle => "Hoe sociaal innovatief is jouw organisatie?", "How socially innovative is your organisation?";
    IntroLead => "Deze scan laat zien waar jouw organisatie, je team en jijzelf staan in sociale innovatie: vernieuwen in cultuur en samenwerking, niet alleen in techniek.",
        "This scan shows where your organisation, your team and you yourself stand in social innovation: renewal in culture and collaboration, not only in technology.";
    IntroModelTitle => "Het model", "The model";
    IntroModel => "Purpose, het hogere doel, is de motor. Vier dimensies lopen van de wereld buiten tot de individuele medewerker: dezelfde gedachte, telkens anders uitgevoerd. Ze hangen samen en zijn niet los van elkaar te zien.",
        "Purpose, the higher goal, is the motor. Four dimensions run from the world outside to the individual employee: the same thought, carried out differently each time. They belong together and cannot be seen apart.";
    IntroHowTitle => "Hoe het werkt", "How it works";
    IntroDuration => "30 stellingen, ongeveer 7 minuten.", "30 statements, about 7 minutes.";
    IntroScale => "Geef bij elke stelling aan hoe sterk je het ermee eens bent. Weet je het niet, kies dan ‘Weet ik niet’ of sla de stelling over.",
        "For each statement, say how strongly you agree. If you don't know, choose ‘Don't know’ or skip the statement.";
    IntroResult => "Daarna krijg je een profiel met scores per dimensie en concreet advies voor een eerste stap.",
        "Then you get a profile with scores per dimension and concrete advice for a first step.";
    IntroPrivacyTitle => "Je privacy", "Your privacy";
    IntroPrivacy => "Geen account, geen naam. Wat je antwoordt blijft in deze browser: er gaat niets naar een server. Je kunt alles op elk moment verwijderen.",
        "No account, no name. What you answer stays in this browser: nothing is sent to a server. You can delete everything at any moment.";
    Start => "Start de scan", "Start the scan";
    Continue => "Verder waar je was", "Continue where you were";
    StartOver => "Opnieuw beginnen", "Start over";
    ResumeInfo => "Je hebt al {answered} van de {total} stellingen beantwoord.", "You have already answered {answered} of the {total} statements.";
    ResumeResultInfo => "Je hebt de scan afgerond. Je kunt je resultaat opnieuw bekijken.", "You finished the scan. You can look at your result again.";
    ViewResult => "Bekijk je resultaat", "View your result";
    CreditTitle => "Over deze scan", "About this scan";
    Credit => "De scan is gebaseerd op het Sociale Innovatie Model zoals SPRING TODAY het beschrijft in het artikel ‘Het belang van Sociale Innovatie’ (Lisette Weersink). Het is een onafhankelijke uitwerking, geen product van SPRING TODAY.",
        "The scan is based on the Social Innovation Model as SPRING TODAY describes it in the article ‘Het belang van Sociale Innovatie’ (The importance of social innovation, by Lisette Weersink). It is an independent work, not a product of SPRING TODAY.";

    QuestionProgress => "Stelling {n} van {total}", "Statement {n} of {total}";
    DimensionProgress => "Dimensie {n} van 5", "Dimension {n} of 5";
    ProgressBarLabel => "Voortgang", "Progress";
    ScaleHint => "Hoe sterk ben je het hiermee eens?", "How strongly do you agree?";
    Scale1 => "Helemaal oneens", "Strongly disagree";
    Scale2 => "Oneens", "Disagree";
    Scale3 => "Neutraal", "Neutral";
    Scale4 => "Eens", "Agree";
    Scale5 => "Helemaal eens", "Strongly agree";
    DontKnow => "Weet ik niet", "Don't know";
    Back => "Vorige", "Back";
    Next => "Volgende", "Next";
    Skip => "Overslaan", "Skip";
    KeyboardHint => "Toetsen: 1 t/m 5 of 0 (weet ik niet) om te antwoorden, pijltjes om te kiezen, Enter voor verder.",
        "Keys: 1 to 5 or 0 (don't know) to answer, arrows to choose, Enter to go on.";

    ReviewTitle => "Alle stellingen gehad", "All statements done";
    ReviewSummary => "Je hebt {answered} van de {total} stellingen beantwoord.", "You answered {answered} of the {total} statements.";
    ReviewDontKnow => "{count} keer koos je ‘Weet ik niet’; die tellen niet mee in de score.", "{count} times you chose ‘Don't know’; those do not count in the score.";
    ReviewTooFew => "Voor deze dimensies zijn te weinig stellingen beantwoord voor een score (minstens 4 van de 6 nodig):", "These dimensions have too few answered statements for a score (at least 4 of 6 needed):";
    ReviewOpenItems => "Nog open", "Still open";
    ReviewGoToItem => "Ga naar stelling {n}", "Go to statement {n}";
    ShowResult => "Toon mijn resultaat", "Show my result";
    BackToQuestions => "Terug naar de stellingen", "Back to the statements";
    /// Shown while the rest of the app (result, history, team) is loaded on demand.
    LoadingFull => "Even geduld, de rest van de scan wordt geladen…", "One moment, the rest of the scan is loading…";
    /// Shown in both languages when the rest of the app could not be fetched (offline).
    LoadingFullFailed => "De rest van de scan kon niet geladen worden. Controleer je internetverbinding en probeer het opnieuw; je antwoorden gaan niet verloren zolang deze pagina open blijft.", "The rest of the scan could not be loaded. Check your internet connection and try again; your answers are not lost while this page stays open.";
    RetryLoading => "Opnieuw proberen", "Try again";

    ResultTitle => "Je resultaat", "Your result";
    NextStepTitle => "Je eerste volgende stap", "Your first next step";
    NextStepFor => "Begin bij: {dimension}", "Start with: {dimension}";
    NoScoreAtAll => "Je hebt te weinig stellingen beantwoord om een profiel te maken. Beantwoord minstens 4 van de 6 stellingen per dimensie.",
        "You answered too few statements to make a profile. Answer at least 4 of the 6 statements per dimension.";
    ProfileTitle => "Je profiel", "Your profile";
    ChartTitle => "Scores per dimensie (0-100)", "Scores per dimension (0-100)";
    ChartAlt => "Radardiagram van de scores per dimensie; dezelfde cijfers staan in de tabel.", "Radar chart of the scores per dimension; the table gives the same numbers.";
    TableCaption => "Scores en niveaus per dimensie", "Scores and levels per dimension";
    ColumnDimension => "Dimensie", "Dimension";
    ColumnScore => "Score", "Score";
    ColumnLevel => "Niveau", "Level";
    ColumnAnswered => "Beantwoord", "Answered";
    AnsweredOf => "{n} van {total}", "{n} of {total}";
    NotEnoughAnswers => "Te weinig antwoorden", "Not enough answers";
    LevelWithNumber => "{n}. {name}", "{n}. {name}";
    IndexLabel => "Sociale Innovatie Index", "Social Innovation Index";
    IndexMissing => "Pas te berekenen als alle vijf dimensies een score hebben.", "Can only be computed when all five dimensions have a score.";
    CoherenceLabel => "Samenhang", "Coherence";
    CoherenceMissing => "Pas te berekenen als de vier dimensies naast purpose een score hebben.", "Can only be computed when the four dimensions besides purpose have a score.";
    StrongestLabel => "Sterkste dimensie", "Strongest dimension";
    WeakestLabel => "Zwakste dimensie", "Weakest dimension";
    AllEqual => "Alle dimensies scoren gelijk.", "All dimensions score the same.";
    ExtremesMissing => "Er zijn te weinig dimensies met een score om te vergelijken.", "Too few dimensions have a score to compare.";
    ThemesTitle => "Themaprofiel", "Theme profile";
    ThemesIntro => "De houdingen en voorwaarden die sociale innovatie vraagt, elk gemeten met de stellingen die erover gaan.", "The attitudes and conditions social innovation asks for, each measured by the statements about it.";
    ThemeColumn => "Thema", "Theme";
    ThemeTableCaption => "Scores per thema", "Scores per theme";
    AdviceTitle => "Advies per dimensie", "Advice per dimension";
    ExplainTitle => "Hoe komen de scores tot stand?", "How are the scores made?";
    ExplainScores => "Elk antwoord wordt een score van 0 tot 100: ‘helemaal oneens’ is 0, ‘helemaal eens’ is 100. Bij stellingen die het tegenovergestelde beschrijven is dat omgekeerd. De score van een dimensie is het gemiddelde van haar stellingen; daarvoor zijn minstens 4 van de 6 antwoorden nodig. ‘Weet ik niet’ telt niet mee.",
        "Each answer becomes a score from 0 to 100: ‘strongly disagree’ is 0, ‘strongly agree’ is 100. For statements that describe the opposite, this is reversed. A dimension's score is the mean of its statements; it needs at least 4 of 6 answers. ‘Don't know’ does not count.";
    ExplainLevels => "Niveaus: onder 25 traditioneel, 25 tot 50 in beweging, 50 tot 75 vernieuwend, 75 en hoger sociaal innovatief.",
        "Levels: below 25 traditional, 25 to 50 moving, 50 to 75 renewing, 75 and above socially innovative.";
    ExplainIndex => "De Sociale Innovatie Index is het gemiddelde van de vijf dimensies, waarbij purpose dubbel telt: het is de motor van de rest.",
        "The Social Innovation Index is the mean of the five dimensions, with purpose counted twice: it is the motor of the rest.";
    ExplainCoherence => "Samenhang laat zien of dezelfde gedachte op elk niveau terugkomt: 100 als maatschappij, organisatie, team en individu gelijk scoren, lager naarmate ze verder uiteenlopen.",
        "Coherence shows whether the same thought returns at every level: 100 when society, organisation, team and individual score the same, lower as they drift apart.";
    ChangeAnswers => "Antwoorden aanpassen", "Change answers";

    ShareTitle => "Deel je resultaat", "Share your result";
    ShareIntro => "Deze link bevat je antwoorden, niet je naam. Wie hem opent, ziet dit resultaat. De link gaat niet via een server: je stuurt hem zelf.",
        "This link holds your answers, not your name. Whoever opens it sees this result. The link does not go through a server: you send it yourself.";
    ShareLinkLabel => "Link naar je resultaat", "Link to your result";
    CopyLink => "Kopieer link", "Copy link";
    Copied => "Link gekopieerd.", "Link copied.";
    CopyFailed => "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.", "Copying did not work. Select the link and copy it yourself.";
    ShowQr => "Toon QR-code", "Show QR code";
    HideQr => "Verberg QR-code", "Hide QR code";
    QrAlt => "QR-code van de link naar dit resultaat", "QR code of the link to this result";
    ExportTitle => "Bewaar of exporteer", "Save or export";
    DownloadSvg => "Grafiek (SVG)", "Chart (SVG)";
    DownloadPng => "Grafiek (PNG)", "Chart (PNG)";
    DownloadJson => "Resultaat (JSON)", "Result (JSON)";
    DownloadCsv => "Resultaat (CSV)", "Result (CSV)";
    PrintResult => "Afdrukken of PDF", "Print or PDF";
    ExportFailed => "Dat lukte niet in deze browser.", "That did not work in this browser.";

    RoleTitle => "Je rol (optioneel)", "Your role (optional)";
    RoleIntro => "Alleen je rol, geen naam. Zo kan een teamoverzicht laten zien of mensen op verschillende niveaus hetzelfde zien.",
        "Only your role, no name. A team overview can then show whether people at different levels see the same.";
    RoleLabel => "Rol: {role}", "Role: {role}";

    SharedTitle => "Gedeeld resultaat", "Shared result";
    SharedFrame => "Iemand heeft dit resultaat met je gedeeld. Je kijkt alleen mee: je eigen antwoorden blijven zoals ze waren.",
        "Someone shared this result with you. You are only looking: your own answers stay as they were.";
    TakeScanYourself => "Doe de scan zelf", "Take the scan yourself";
    CompareWithMine => "Vergelijk met mijn resultaat", "Compare with my result";
    LinkErrorTitle => "Deze link werkt niet", "This link does not work";
    LinkEmpty => "De link is leeg: er staat geen resultaat in.", "The link is empty: it holds no result.";
    LinkNotOurs => "Dit is geen resultaatlink van de Sociale Innovatie Scan.", "This is not a result link of the Social Innovation Scan.";
    LinkIncomplete => "De link is onvolledig: er ontbreekt een stuk. Kopieer de hele link nog eens.", "The link is incomplete: a part is missing. Copy the whole link again.";
    LinkTooLong => "De link is te lang: er staat iets achter dat er niet bij hoort. Kopieer de link nog eens.", "The link is too long: something was added to it. Copy the link again.";
    LinkInvalidCharacter => "De link bevat tekens die er niet in horen. Kopieer de link nog eens.", "The link contains characters that do not belong in it. Copy the link again.";
    LinkDamaged => "De link is beschadigd: er klopt een teken niet. Kopieer de link nog eens.", "The link is damaged: a character is wrong. Copy the link again.";
    LinkNewer => "Deze link is gemaakt met een nieuwere versie van de scan. Open hem in de nieuwste versie.", "This link was made by a newer version of the scan. Open it in the newest version.";

    MyResults => "Mijn resultaten", "My results";
    HistoryIntro => "Je afgeronde scans, alleen in deze browser bewaard.", "Your finished scans, kept only in this browser.";
    HistoryEmpty => "Nog geen afgeronde scans. Na het afronden van de scan staat je resultaat hier.", "No finished scans yet. After you finish the scan, your result is kept here.";
    ColumnDate => "Datum", "Date";
    ColumnIndex => "Index", "Index";
    ColumnRole => "Rol", "Role";
    ColumnActions => "Acties", "Actions";
    OpenResult => "Bekijk", "Open";
    DeleteResult => "Verwijder", "Delete";
    DeleteAllResults => "Verwijder alle resultaten", "Delete all results";
    DeleteAllConfirm => "Alle bewaarde resultaten worden verwijderd. Dit kun je niet ongedaan maken.", "All kept results will be deleted. This cannot be undone.";
    ImportJson => "Importeer een resultaat (JSON)", "Import a result (JSON)";
    Imported => "Het resultaat is toegevoegd aan je resultaten.", "The result was added to your results.";
    ImportTooLarge => "Dit bestand is te groot voor een resultaat van deze scan.", "This file is too large to be a result of this scan.";
    ImportNotJson => "Dit bestand is geen JSON-bestand.", "This file is not a JSON file.";
    ImportForeign => "Dit bestand is geen resultaat van de Sociale Innovatie Scan.", "This file is not a result of the Social Innovation Scan.";
    ImportNewer => "Dit bestand is gemaakt met een nieuwere versie van de scan.", "This file was made by a newer version of the scan.";
    ImportDamaged => "Dit bestand is beschadigd: de inhoud klopt niet.", "This file is damaged: its content is not valid.";
    HistoryEntryTitle => "Resultaat van {date}", "Result of {date}";
    BackToResults => "Terug naar mijn resultaten", "Back to my results";

    CompareTitle => "Vergelijk twee resultaten", "Compare two results";
    CompareFirst => "Eerste resultaat", "First result";
    CompareSecond => "Tweede resultaat", "Second result";
    PasteLinkLabel => "Of plak een resultaatlink als tweede resultaat", "Or paste a result link as the second result";
    CompareButton => "Vergelijk", "Compare";
    PastedLink => "geplakte link", "pasted link";
    ColumnDifference => "Verschil", "Difference";
    DirectionUp => "hoger", "higher";
    DirectionDown => "lager", "lower";
    DirectionSame => "gelijk", "same";
    DirectionUnknown => "niet te vergelijken", "cannot compare";
    CompareLegend => "Legenda", "Legend";
    CompareChartAlt => "Radardiagram met twee resultaten over elkaar; de tabel geeft dezelfde cijfers.", "Radar chart with two results on top of each other; the table gives the same numbers.";
    TrendTitle => "Verloop over je resultaten", "Trend over your results";
    TrendIntro => "Per dimensie, van je oudste naar je nieuwste resultaat.", "Per dimension, from your oldest to your newest result.";
    NeedTwoResults => "Je hebt minstens één eigen resultaat nodig en een tweede resultaat of een geplakte link.", "You need at least one result of your own and a second result or a pasted link.";

    InviteTitle => "Uitnodiging voor een teamscan", "Invitation to a team scan";
    InviteTeam => "Teamsessie: {label}", "Team session: {label}";
    InviteNoLabel => "Teamsessie zonder naam", "Unnamed team session";
    InviteExplain => "Dit is een oudere, open teamsessie. Je doet de scan zoals altijd, anoniem en in je eigen browser, en stuurt daarna je resultaatlink terug naar wie je uitnodigde. Let op: wie die link opent, ziet je hele resultaat. Een teamprofiel verschijnt pas vanaf {min} deelnemers.",
        "This is an older, open team session. You take the scan as always, anonymously and in your own browser, and then send your result link back to whoever invited you. Note: whoever opens that link sees your whole result. A team profile appears only from {min} participants on.";
    SealedInviteExplain => "Je doet de scan zoals altijd: anoniem en alleen in je eigen browser. Aan het eind krijg je twee dingen: je eigen resultaatlink, die van jou blijft, en een verzegeld teamantwoord voor wie je uitnodigde. Dat antwoord is versleuteld voor deze sessie. De app van de begeleider opent het alleen samen met minstens {min} antwoorden, één keer, als één teamprofiel: jouw antwoorden zijn nooit apart te zien.",
        "You take the scan as always: anonymously and only in your own browser. At the end you get two things: your own result link, which stays yours, and a sealed team reply for whoever invited you. The reply is encrypted for this session. The facilitator's app opens it only together with at least {min} replies, once, as one team profile: your answers can never be seen on their own.";
    SealedInviteLimits => "Waar dit niet tegen beschermt: een begeleider die de sleutel uit de eigen browser kopieert, een aangepaste app gebruikt of zelf antwoorden toevoegt om het jouwe te isoleren. Daarin vertrouw je de begeleider.",
        "What this does not protect against: a facilitator who copies the key out of their own browser, uses a modified app, or adds replies of their own to single yours out. In that you trust the facilitator.";
    StartTeamScan => "Start de scan voor dit team", "Start the scan for this team";
    InviteBroken => "Deze uitnodiging werkt niet: de link is beschadigd of onvolledig. Vraag om een nieuwe link.", "This invitation does not work: the link is damaged or incomplete. Ask for a new link.";
    InviteNewer => "Deze uitnodiging is gemaakt met een nieuwere versie van de scan.", "This invitation was made by a newer version of the scan.";
    InviteOutOfRange => "De instellingen in deze uitnodiging kloppen niet. Vraag om een nieuwe link.", "The settings in this invitation are not valid. Ask for a new link.";
    ShareTeamNote => "Stuur deze link terug naar wie je uitnodigde. Wie hem opent, ziet je hele resultaat.", "Send this link back to whoever invited you. Whoever opens it sees your whole result.";
    TeamPrivateNote => "Deze link is voor jezelf en bevat niets van de teamsessie. Stuur voor het team het teamantwoord hieronder, niet deze link.", "This link is for yourself and holds nothing of the team session. For the team, send the team reply below, not this link.";
    TeamReplyTitle => "Je teamantwoord", "Your team reply";
    TeamReplyIntro => "Stuur dit antwoord naar wie je uitnodigde: per e-mail, in een chat, of laat de QR-code scannen. Het is verzegeld: alleen de app van de begeleider kan het openen, en alleen samen met minstens {min} antwoorden, als één teamprofiel. Wie het onderweg ziet, kan er niets in lezen.",
        "Send this reply to whoever invited you: by e-mail, in a chat, or let them scan the QR code. It is sealed: only the facilitator's app can open it, and only together with at least {min} replies, as one team profile. Anyone who sees it on its way can read nothing in it.";
    TeamReplyAgain => "Doe je de scan opnieuw in deze browser, dan vervangt je nieuwe antwoord dit antwoord.", "If you take the scan again in this browser, your new reply replaces this one.";
    TeamReplyLabel => "Teamantwoord (link)", "Team reply (link)";
    TeamReplyMail => "Verstuur per e-mail", "Send by e-mail";
    TeamReplyMailSubject => "Teamantwoord Sociale Innovatie Scan", "Team reply, Social Innovation Scan";
    TeamReplyMailBody => "Hierbij mijn verzegelde teamantwoord. Plak deze link in je teamsessie:", "Here is my sealed team reply. Paste this link into your team session:";
    TeamReplyUnavailable => "Deze browser kan geen veilig teamantwoord maken (er is geen veilige bron van willekeur). Probeer een andere browser.", "This browser cannot make a safe team reply (it has no secure source of randomness). Try another browser.";

    FacilitatorLink => "Teamsessie (voor begeleiders)", "Team session (for facilitators)";
    TeamSetupTitle => "Start een teamsessie", "Start a team session";
    TeamSetupIntro => "Elke deelnemer doet de scan in de eigen browser en stuurt je een verzegeld teamantwoord. Alleen deze browser kan die antwoorden openen, en alleen als geheel: zodra er genoeg zijn, open je het teamprofiel één keer. Je ziet nooit de antwoorden van één persoon, en wie de antwoorden onderweg ziet, ziet niets.",
        "Each participant takes the scan in their own browser and sends you a sealed team reply. Only this browser can open those replies, and only as a whole: once there are enough, you open the team profile once. You never see one person's answers, and whoever sees the replies on their way sees nothing.";
    TeamLabelField => "Naam van de sessie (optioneel)", "Name of the session (optional)";
    MinGroupField => "Minimale groepsgrootte", "Minimum group size";
    MinGroupHelp => "Onder dit aantal wordt niets samengevat, ook niet per rol. Minstens 3, hoogstens 50.", "Below this number nothing is aggregated, not even per role. At least 3, at most 50.";
    CreateInvite => "Maak de uitnodiging", "Create the invitation";
    InviteLinkLabel => "Uitnodigingslink", "Invitation link";
    NoSecureRandom => "Deze browser kan geen veilige sleutel maken, dus hier kan geen teamsessie starten. Probeer een andere browser.", "This browser cannot make a secure key, so no team session can start here. Try another browser.";
    MemoryOnlyKeyWarning => "Let op: deze browser bewaart niets. De sleutel van de sessie verdwijnt als je dit tabblad sluit, en daarmee de antwoorden.", "Note: this browser keeps nothing. The session's key disappears when you close this tab, and with it the replies.";
    TeamStoreUnreadable => "Je opgeslagen teamsessies konden niet worden gelezen; ze zijn ongemoeid gelaten.", "Your stored team sessions could not be read; they were left untouched.";
    YourSessionsTitle => "Je teamsessies", "Your team sessions";
    SessionCollecting => "{n} antwoorden, gemaakt op {date}", "{n} replies, created on {date}";
    SessionOpened => "teamprofiel geopend op {date}, {n} deelnemers", "team profile opened on {date}, {n} participants";
    GoToSession => "Naar deze sessie", "Go to this session";
    OlderOpenTitle => "Resultaatlinks van een oudere, open sessie", "Result links of an older, open session";
    OlderOpenText => "Teamsessies van vóór de verzegelde antwoorden werkten met resultaatlinks. Die kun je hier nog samenvoegen. Wie zo'n link heeft, kan het hele resultaat van die persoon openen; nieuwe sessies zijn daarom altijd verzegeld.",
        "Team sessions from before sealed replies worked with result links. You can still combine them here. Whoever holds such a link can open that person's whole result; new sessions are therefore always sealed.";
    CombineResultLinks => "Resultaatlinks samenvoegen", "Combine result links";
    SessionTitle => "Teamsessie", "Team session";
    SessionInviteIntro => "Stuur deze uitnodiging naar de deelnemers. Er zit de sleutel in waarmee hun browser het antwoord verzegelt; de sleutel om te openen blijft in deze browser.", "Send this invitation to the participants. It holds the key their browser seals the reply with; the key to open them stays in this browser.";
    SessionCollectTitle => "Antwoorden verzamelen", "Collect the replies";
    SessionCollectIntro => "De antwoorden worden hier ontsleuteld, alleen in het geheugen, om ze te tellen. Je ziet alleen aantallen. De verzegelde antwoorden worden bewaard, zodat je over een paar dagen verder kunt.", "The replies are decrypted here, in memory only, to count them. You see only numbers. The sealed replies are kept, so you can go on over several days.";
    PasteRepliesLabel => "Plak hier de teamantwoorden: een e-mail, een chat of een lijst mag ook", "Paste the team replies here: an e-mail, a chat or a list will do";
    ReadReplies => "Lees de antwoorden", "Read the replies";
    RepliesCounted => "Antwoorden geteld: {n}. Er zijn er minstens {min} nodig.", "Replies counted: {n}. At least {min} are needed.";
    RepliesReady => "Antwoorden geteld: {n}. Genoeg om het teamprofiel te openen (minstens {min}).", "Replies counted: {n}. Enough to open the team profile (at least {min}).";
    RepliesDuplicates => "Dubbel (hetzelfde antwoord nog eens), overgeslagen: {n}", "Duplicates (the same reply again), skipped: {n}";
    RepliesReplaced => "Vervangen door een nieuwer antwoord van dezelfde deelnemer: {n}", "Replaced by a newer reply of the same participant: {n}";
    ReplyDamaged => "Beschadigd of onvolledig: {n}", "Damaged or incomplete: {n}";
    ReplyNewer => "Gemaakt met een nieuwere versie van de scan: {n}", "Made by a newer version of the scan: {n}";
    ReplyOtherSession => "Voor een andere teamsessie: {n}", "For another team session: {n}";
    ReplyOtherKey => "Niet versleuteld met de sleutel van deze sessie: {n}", "Not encrypted with this session's key: {n}";
    ReplyInvalid => "Zonder geldig resultaat: {n}", "Without a valid result: {n}";
    ReplyResultLinks => "Resultaatlinks, geen teamantwoorden, dus niet gelezen: {n}", "Result links, not team replies, so not read: {n}";
    RepliesNoneFound => "Geen teamantwoorden gevonden in deze tekst. Een teamantwoord eindigt op #s= met een code van 111 tekens.", "No team replies found in this text. A team reply ends in #s= and a code of 111 characters.";
    RepliesNotCounted => "Niet meegeteld", "Not counted";
    OpenProfile => "Open het teamprofiel", "Open the team profile";
    OpenProfileNeedMore => "Nog {n} antwoorden nodig voordat je het teamprofiel kunt openen.", "{n} more replies needed before you can open the team profile.";
    OpenProfileOnce => "Dit kan één keer; je bevestigt het eerst.", "This can be done once; you confirm it first.";
    ConfirmOpenTitle => "Het teamprofiel openen?", "Open the team profile?";
    ConfirmOpenText => "Dit kan één keer. Daarna worden de sleutel en alle antwoorden gewist. Alleen het samengevatte teamprofiel blijft bewaard, en latere antwoorden kunnen niet meer worden toegevoegd.", "This can be done once. Afterwards the key and every reply are deleted. Only the aggregated team profile is kept, and later replies can no longer be added.";
    ConfirmOpen => "Ja, open het nu", "Yes, open it now";
    OpenFailed => "Het teamprofiel is niet geopend: de sleutel en de antwoorden konden niet uit deze browser worden gewist, of een ander tabblad heeft de sessie al geopend. Laad de pagina opnieuw en probeer het nog eens.", "The team profile was not opened: the key and the replies could not be deleted from this browser, or another tab has already opened the session. Reload the page and try again.";
    CancelOpen => "Nog niet", "Not yet";
    OpenedNowNote => "Dit volledige overzicht zie je nu, één keer. Bewaard blijven alleen het samengevatte profiel en de teamlink; print of exporteer nu wat je nodig hebt.", "You see this full overview now, once. Only the aggregated profile and the team link are kept; print or export now what you need.";
    SessionClosedNote => "Het teamprofiel is geopend op {date} met {n} deelnemers. De sleutel en de antwoorden zijn gewist; alleen het samengevatte teamprofiel is bewaard.", "The team profile was opened on {date} with {n} participants. The key and the replies were deleted; only the aggregated team profile is kept.";
    SessionClosed => "Deze sessie is gesloten: het teamprofiel is al geopend. Antwoorden kunnen niet meer worden toegevoegd.", "This session is closed: the team profile has already been opened. Replies can no longer be added.";
    SessionNotFound => "Deze teamsessie staat niet (meer) in deze browser.", "This team session is not (or no longer) in this browser.";
    ToTeamSessions => "Naar je teamsessies", "To your team sessions";
    ReplyPageTitle => "Verzegeld teamantwoord", "Sealed team reply";
    ReplyForYourSession => "Dit is een teamantwoord voor je sessie. Voeg het toe om het mee te tellen; je ziet er alleen het aantal van.", "This is a team reply for your session. Add it to count it; you see only the number.";
    AddReply => "Voeg toe aan de sessie", "Add it to the session";
    ReplySealedElsewhere => "Dit antwoord is verzegeld. Alleen de browser van de begeleider die de sessie maakte kan het openen, en alleen als deel van een teamprofiel. Hier is er niets van te zien.", "This reply is sealed. Only the browser of the facilitator who created the session can open it, and only as part of a team profile. Nothing of it can be shown here.";
    ReplyBroken => "Dit teamantwoord werkt niet: de link is beschadigd of onvolledig.", "This team reply does not work: the link is damaged or incomplete.";
    ReplyNewerVersion => "Dit teamantwoord is gemaakt met een nieuwere versie van de scan.", "This team reply was made by a newer version of the scan.";
    TeamViewOpenNote => "Voor resultaatlinks van oudere, open teamsessies. Wie een resultaatlink heeft, kan het hele resultaat van die persoon zien.", "For result links of older, open team sessions. Whoever holds a result link can see that person's whole result.";
    SealedRepliesHere => "{n} verzegelde teamantwoorden: die horen in de teamsessie die ze verzegelde, niet hier. Deze browser kan ze niet openen.", "{n} sealed team replies: they belong in the team session that sealed them, not here. This browser cannot open them.";

    TeamViewTitle => "Teamoverzicht", "Team overview";
    PasteLinksLabel => "Plak hier de resultaatlinks: een e-mail, een chat of een lijst mag ook", "Paste the result links here: an e-mail, a chat or a list will do";
    ReadLinks => "Lees de links", "Read the links";
    ChooseFiles => "Of kies bestanden met links", "Or choose files with links";
    DropFilesHint => "Je kunt bestanden met links ook op dit vak slepen.", "You can also drop files with links onto this box.";
    FoundSummary => "{n} resultaten gevonden; {duplicates} dubbele overgeslagen.", "{n} results found; {duplicates} duplicates skipped.";
    UnreadableTitle => "Niet te lezen", "Could not be read";
    UnreadableLine => "Regel {line}: {reason}", "Line {line}: {reason}";
    UnreadableMore => "En nog {n} regels met een link die niet te lezen is.", "And {n} more lines with a link that could not be read.";
    NextPerson => "Volgende persoon", "Next person";
    NextPersonHint => "Klaar? Wis alles voor de volgende persoon. Dat gebeurt ook vanzelf na een paar minuten zonder gebruik.", "Done? Clear everything for the next person. This also happens by itself after a few minutes without use.";
    EmbedSendsResult => "Deze scan staat in een andere website. Als je klaar bent, gaan je scores en je resultaatlink naar", "This scan sits inside another website. When you finish, your scores and your result link go to";
    EmbedAnswersStay => "Je antwoorden onderweg blijven in je browser.", "Your answers along the way stay in your browser.";
    EmbedSendsNothing => "Deze scan staat in een andere website. Niets van wat je antwoordt gaat naar die website; alles blijft in je browser.", "This scan sits inside another website. Nothing you answer goes to that website; everything stays in your browser.";
    NoLinksFound => "Geen resultaatlinks gevonden in deze tekst. Een resultaatlink eindigt op #r= met een code van 20 tekens.", "No result links found in this text. A result link ends in #r= and a code of 20 characters.";
    OtherSessions => "{n} resultaten horen bij een andere teamsessie of bij geen sessie.", "{n} results belong to another team session or to none.";
    IncludeOthers => "Neem die ook mee", "Include them too";
    PasteTruncated => "De tekst was erg lang; alleen het begin is gelezen.", "The text was very long; only its start was read.";
    TeamTooSmall => "Nog te weinig deelnemers: {n}, en er zijn er minstens {min} nodig. Tot dan wordt niets samengevat.", "Too few participants yet: {n}, and at least {min} are needed. Until then nothing is aggregated.";
    Respondents => "Deelnemers", "Participants";
    ColumnMean => "Gemiddelde", "Mean";
    ColumnMedian => "Mediaan", "Median";
    ColumnSpread => "Spreiding (sd)", "Spread (sd)";
    ColumnRange => "Laagste–hoogste", "Lowest–highest";
    ColumnDistribution => "Verdeling (één stip per persoon)", "Distribution (one dot per person)";
    GroupTooSmallShort => "te weinig ({n})", "too few ({n})";
    GroupWithheldShort => "{n}, niet apart getoond: anders zijn de kleinere groepen af te leiden", "{n}, not shown separately: otherwise the smaller groups could be worked out";
    PerceptionTitle => "Verschil in beleving per rol", "Perception gap by role";
    PerceptionIntro => "Mensen op verschillende niveaus zien dezelfde organisatie vaak anders. Alleen rollen met genoeg deelnemers worden getoond.", "People at different levels often see the same organisation differently. Only roles with enough participants are shown.";
    PerceptionNeedsTwo => "Er zijn nog geen twee rollen met genoeg deelnemers om te vergelijken.", "There are not yet two roles with enough participants to compare.";
    LargestGap => "Grootste verschil: {dimension}, {high} {x} tegenover {low} {y}.", "Largest gap: {dimension}, {high} {x} against {low} {y}.";
    DisagreeTitle => "Waar het team het minst over eens is", "Where the team agrees least";
    AgreeTitle => "Waar het team het meest over eens is", "Where the team agrees most";
    TeamProfileTitle => "Teamprofiel", "Team profile";
    TeamTableCaption => "Teamscores per dimensie (0-100)", "Team scores per dimension (0-100)";
    TeamShareTitle => "Deel of exporteer het teamprofiel", "Share or export the team profile";
    TeamShareIntro => "De link en de bestanden bevatten alleen samengevatte cijfers: tellingen per stelling en het aantal deelnemers, nooit de antwoorden van een persoon.", "The link and the files hold only aggregated numbers: counts per statement and the number of participants, never a person's answers.";
    TeamLinkLabel => "Link naar het teamprofiel", "Link to the team profile";
    DownloadTeamCsv => "Teamcijfers (CSV)", "Team figures (CSV)";
    DownloadTeamJson => "Teamcijfers (JSON)", "Team figures (JSON)";
    KeptExportsTitle => "Teamcijfers van het openen", "Team figures from the opening";
    TeamAggregateTitle => "Gedeeld teamprofiel", "Shared team profile";
    TeamAggregateFrame => "Iemand heeft dit teamprofiel met je gedeeld. Het bevat alleen samengevatte cijfers; de scores per dimensie zijn het gemiddelde van de stellingen.", "Someone shared this team profile with you. It holds only aggregated numbers; the scores per dimension are the mean of the statements.";
    TeamLinkBroken => "Deze teamlink werkt niet: hij is beschadigd, onvolledig of geen teamlink.", "This team link does not work: it is damaged, incomplete or not a team link.";
    TeamLinkNewer => "Deze teamlink is gemaakt met een nieuwere versie van de scan.", "This team link was made by a newer version of the scan.";
    TeamChartLegend => "Lijn: het gemiddelde van het team. Band: van de laagste tot de hoogste score.", "Line: the team's mean. Band: from the lowest to the highest score.";
    TeamChartAlt => "Radardiagram van het team: gemiddelde per dimensie met de spreiding als band; de tabel geeft dezelfde cijfers.", "Team radar chart: the mean per dimension with the range as a band; the table gives the same numbers.";
    TeamDiscussTitle => "Om samen te bespreken", "To discuss together";
    TeamDiscussWeakest => "De zwakste dimensie van het team is {dimension}. Vraag ieder om één voorbeeld uit de afgelopen maand waarin dit goed ging en één waarin het schuurde, en kies samen één kleine stap.",
        "The team's weakest dimension is {dimension}. Ask everyone for one example from the past month where this went well and one where it chafed, and choose one small step together.";
    TeamDiscussGap => "Bij {dimension} zien {high} en {low} het verschillend. Bespreek samen waar dat vandaan komt: welke voorbeelden ziet de ene groep die de andere mist?",
        "On {dimension}, {high} and {low} see things differently. Discuss together where that comes from: which examples does one group see that the other misses?";

    DeleteData => "Verwijder mijn gegevens", "Delete my data";
    DeleteConfirm => "Alles wat deze scan in deze browser heeft bewaard wordt verwijderd: je antwoorden en je taalkeuze. Dit kun je niet ongedaan maken.",
        "Everything this scan stored in this browser will be deleted: your answers and your language choice. This cannot be undone.";
    DeleteYes => "Ja, verwijder alles", "Yes, delete everything";
    Cancel => "Annuleren", "Cancel";
    Deleted => "Je gegevens zijn verwijderd.", "Your data has been deleted.";
    PrivacyLink => "Privacy en gegevens", "Privacy and data";
    PrivacyTitle => "Privacy: wat de scan bewaart en wat je browser verlaat", "Privacy: what the scan keeps and what leaves your browser";
    PrivacyIntro => "De scan werkt helemaal in je browser. Er is geen account en geen server die je antwoorden ontvangt: de pagina vraagt na het laden niets meer op, en er worden geen cookies gezet.", "The scan works entirely in your browser. There is no account and no server that receives your answers: after loading, the page requests nothing more, and no cookies are set.";
    PrivacyStoredTitle => "Wat in je browser wordt bewaard", "What is kept in your browser";
    PrivacyStoredIntro => "Alleen in de localStorage van deze browser, onder deze sleutels:", "Only in this browser's localStorage, under these keys:";
    PrivacyKeyProgress => "je antwoorden tot nu toe, waar je was, je rol en de teamsessie van een uitnodiging", "your answers so far, where you were, your role and the team session of an invite";
    PrivacyKeySettings => "de taal die je koos", "the language you chose";
    PrivacyKeyHistory => "je afgeronde scans: wanneer, en het resultaat als code", "your finished scans: when, and the result as a code";
    PrivacyKeyTeamSessions => "teamsessies die je als begeleider maakte: naam, minimale groepsgrootte, de privésleutel en de nog verzegelde antwoorden; na het openen alleen het samengevatte teamprofiel", "team sessions you created as a facilitator: name, minimum group size, the private key and the replies, still sealed; after opening only the aggregated team profile";
    PrivacyKeyTeamReplies => "teamsessies waarvoor je werd uitgenodigd: de publieke sleutel van de sessie en je willekeurige antwoordkenmerk, zodat een nieuw antwoord het vorige vervangt", "team sessions you were invited to: the session's public key and your random reply id, so a new reply replaces the previous one";
    PrivacyDeleteTitle => "Alles verwijderen", "Deleting everything";
    PrivacyDelete => "Met 'Verwijder mijn gegevens' onderaan elke pagina verdwijnen al deze sleutels, na één bevestiging. Een privévenster bewaart niets na het sluiten.", "'Delete my data' at the bottom of every page removes all these keys, after one confirmation. A private window keeps nothing after it closes.";
    PrivacyLeavesTitle => "Wat je browser verlaat", "What leaves your browser";
    PrivacyLeaves => "Alleen wat jij zelf verstuurt: een resultaatlink, een verzegeld teamantwoord, een teamlink of een export die je deelt. Je antwoorden staan in het deel van de link na de #, dat browsers nooit naar een server sturen. Een teamantwoord is versleuteld: alleen de browser van de begeleider kan het openen, en alleen als deel van een teamprofiel van minstens de minimale groepsgrootte.", "Only what you send yourself: a result link, a sealed team reply, a team link or an export you share. Your answers are in the part of the link after the #, which browsers never send to a server. A team reply is encrypted: only the facilitator's browser can open it, and only as part of a team profile of at least the minimum group size.";
    PrivacyEmbedded => "Staat de scan in een andere website, dan krijgt die website alleen de hoogte van de scan door. Alleen als die website dat vooraf instelt, krijgt hij na afloop je scores en je resultaatlink; de startpagina zegt dan naar welke website.", "When the scan sits inside another website, that website only learns the height of the scan. Only when that website sets it up beforehand does it receive your scores and your result link at the end; the start page then says which website.";
    PrivacyFooter => "Je antwoorden blijven in deze browser.", "Your answers stay in this browser.";

    NoticeStorageUnavailable => "Je voortgang kan in deze browser niet worden bewaard. Je kunt de scan gewoon afmaken, maar sluit dit tabblad niet tussendoor.",
        "Your progress cannot be kept in this browser. You can finish the scan, but do not close this tab in between.";
    NoticeStoredCorrupt => "Eerder bewaarde gegevens waren beschadigd en zijn niet gebruikt. Je begint met een lege scan.",
        "Data stored earlier was damaged and has not been used. You start with an empty scan.";
    NoticeStoredRepaired => "Een deel van je bewaarde antwoorden was ongeldig en is weggelaten. De rest is bewaard gebleven.",
        "Part of your stored answers was invalid and has been left out. The rest was kept.";
    NoticeStoredNewer => "Je bewaarde gegevens komen van een nieuwere versie van deze scan. We laten ze onaangeroerd; wat je hier doet wordt niet bewaard.",
        "Your stored data comes from a newer version of this scan. We leave it untouched; what you do here will not be kept.";
    Dismiss => "Sluiten", "Close";
}

/// Month abbreviations for dates, January first.
const MONTHS: [(&str, &str); 12] = [
    ("jan.", "Jan"),
    ("feb.", "Feb"),
    ("mrt.", "Mar"),
    ("apr.", "Apr"),
    ("mei", "May"),
    ("jun.", "Jun"),
    ("jul.", "Jul"),
    ("aug.", "Aug"),
    ("sep.", "Sep"),
    ("okt.", "Oct"),
    ("nov.", "Nov"),
    ("dec.", "Dec"),
];

/// A date and time as people write them: `27 nov. 2026, 09:05` or
/// `27 Nov 2026, 09:05`. The time tells apart scans of the same day.
pub fn format_date_time(
    lang: Lang,
    (year, month, day, hour, minute): (i32, u32, u32, u32, u32),
) -> String {
    let index = (month.clamp(1, 12) - 1) as usize;
    let name = match lang {
        Lang::Nl => MONTHS[index].0,
        Lang::En => MONTHS[index].1,
    };
    format!("{day} {name} {year}, {hour:02}:{minute:02}")
}

/// Fills `{name}` placeholders in a text with values.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The placeholder names a text uses, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

/// The label of an answer option.
#[inline(always)]
pub fn answer_label(answer: super::answers::Answer) -> Text {
    use super::answers::Answer;
    match answer {
        Answer::DontKnow => Text::DontKnow,
        Answer::Scale(likert) => match likert.value() {
            1 => Text::Scale1,
            2 => Text::Scale2,
            3 => Text::Scale3,
            4 => Text::Scale4,
            _ => Text::Scale5,
        },
    }
}
