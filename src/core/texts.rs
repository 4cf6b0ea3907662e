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
    InviteExplain => "Je doet de scan zoals altijd: anoniem en alleen in je eigen browser. Je resultaatlink krijgt het kenmerk van deze sessie; stuur hem terug naar wie je uitnodigde. Pas vanaf {min} deelnemers wordt iets van het team zichtbaar, en jouw antwoorden nooit apart.",
        "You take the scan as always: anonymously and only in your own browser. Your result link gets the mark of this session; send it back to whoever invited you. Only from {min} participants on does anything of the team become visible, and your answers never separately.";
    StartTeamScan => "Start de scan voor dit team", "Start the scan for this team";
    InviteBroken => "Deze uitnodiging werkt niet: de link is beschadigd of onvolledig. Vraag om een nieuwe link.", "This invitation does not work: the link is damaged or incomplete. Ask for a new link.";
    InviteNewer => "Deze uitnodiging is gemaakt met een nieuwere versie van de scan.", "This invitation was made by a newer version of the scan.";
    InviteOutOfRange => "De instellingen in deze uitnodiging kloppen niet. Vraag om een nieuwe link.", "The settings in this invitation are not valid. Ask for a new link.";
    ShareTeamNote => "Stuur deze link terug naar wie je uitnodigde.", "Send this link back to whoever invited you.";

    FacilitatorLink => "Teamsessie (voor begeleiders)", "Team session (for facilitators)";
    TeamSetupTitle => "Start een teamsessie", "Start a team session";
    TeamSetupIntro => "Zonder server: de instellingen staan in de uitnodigingslink. Deelnemers sturen hun resultaatlink terug; jij plakt die in het teamoverzicht. Niemands antwoorden worden apart getoond.",
        "Without a server: the settings are in the invitation link. Participants send their result link back; you paste them into the team overview. Nobody's answers are shown separately.";
    TeamLabelField => "Naam van de sessie (optioneel)", "Name of the session (optional)";
    TeamLabelCut => "De naam is ingekort tot 80 tekens.", "The name was cut to 80 characters.";
    MinGroupField => "Minimale groepsgrootte", "Minimum group size";
    MinGroupHelp => "Onder dit aantal wordt niets samengevat, ook niet per rol. Minstens 3, hoogstens 50.", "Below this number nothing is aggregated, not even per role. At least 3, at most 50.";
    CreateInvite => "Maak de uitnodiging", "Create the invitation";
    InviteLinkLabel => "Uitnodigingslink", "Invitation link";
    OpenTeamView => "Naar het teamoverzicht", "To the team overview";

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
    PrivacyDeleteTitle => "Alles verwijderen", "Deleting everything";
    PrivacyDelete => "Met 'Verwijder mijn gegevens' onderaan elke pagina verdwijnen al deze sleutels, na één bevestiging. Een privévenster bewaart niets na het sluiten.", "'Delete my data' at the bottom of every page removes all these keys, after one confirmation. A private window keeps nothing after it closes.";
    PrivacyLeavesTitle => "Wat je browser verlaat", "What leaves your browser";
    PrivacyLeaves => "Alleen wat jij zelf verstuurt: een resultaatlink, een teamlink of een export die je deelt. Je antwoorden staan in het deel van de link na de #, dat browsers nooit naar een server sturen.", "Only what you send yourself: a result link, a team link or an export you share. Your answers are in the part of the link after the #, which browsers never send to a server.";
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
