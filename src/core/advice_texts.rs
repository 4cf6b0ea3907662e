//! Advice texts per dimension and level, and the note used when purpose is the weakest dimension.
//!
//! The texts are written from the ideas in "Het belang van Sociale Innovatie"
//! (co-creation, letting go and trusting, personal leadership, learning
//! together, stepping out of the comfort zone), in our own words. Each text
//! stands on its own under the dimension's name and names one concrete first
//! step that can be taken within weeks. This file holds only the words: which
//! text is shown, and the order of the next steps, is decided in `advice.rs`.

use super::model::{bi, Bilingual};

/// Advice per dimension (model order: purpose, society, organisation, team, individual)
/// and level (1 Traditional, 2 Moving, 3 Renewing, 4 Socially innovative).
pub(super) static ADVICE: [[Bilingual; 4]; 5] = [
    // Purpose
    [
        bi(
            "Begin klein: vraag in je volgende overleg iedereen om één moment te noemen waarop het werk er echt toe deed. Zoek samen wat die momenten gemeen hebben. Zo wordt het hogere doel iets wat je herkent in het gewone werk.",
            "Start small: at your next meeting, ask everyone to name one moment when the work really mattered. Look together at what those moments have in common. That way the higher purpose becomes something you recognise in everyday work.",
        ),
        bi(
            "Het doel leeft al bij een deel van de mensen; maak het nu zichtbaar in keuzes. Spreek af dat je de komende weken bij elk nieuw plan vraagt wat het betekent voor de mensen voor wie jullie werken. Kijk na een maand samen terug wat die vraag heeft veranderd.",
            "The purpose already lives for some people; now make it visible in choices. Agree that for the coming weeks you ask of every new plan what it means for the people you work for. After a month, look back together at what that question has changed.",
        ),
        bi(
            "Het hogere doel geeft al richting aan veel van het werk. Nodig een paar mensen voor wie jullie werken uit om te vertellen wat jullie werk voor hen betekent. Laat hun verhaal meewegen in het eerstvolgende plan.",
            "The higher purpose already guides much of the work. Invite a few of the people you work for to tell you what your work means to them. Let their story count in the very next plan.",
        ),
        bi(
            "Het hogere doel is bij jullie een echte motor. Houd het levend door nieuwe collega's in hun eerste week verhalen uit de praktijk te laten horen over waarom jullie dit werk doen. Deel je aanpak ook met een andere organisatie: wat bij jullie werkt, kan hen op weg helpen.",
            "The higher purpose is a real motor for you. Keep it alive by letting new colleagues hear stories from practice in their first week about why you do this work. Share your approach with another organisation too: what works for you can help them on their way.",
        ),
    ],
    // Society
    [
        bi(
            "Kies één vraagstuk waar je organisatie nu alleen mee worstelt en bedenk wie buiten de organisatie er ook mee te maken heeft. Maak binnen twee weken een afspraak met één van hen, alleen om te luisteren. Zo'n eerste gesprek is vaak het begin van samenwerking.",
            "Pick one issue your organisation is now struggling with alone, and think of who outside the organisation deals with it too. Within two weeks, arrange to meet one of them, just to listen. A first conversation like that is often where working together begins.",
        ),
        bi(
            "Er zijn al contacten met de omgeving; zet nu de stap naar samen maken. Nodig bij het volgende plan twee mensen van buiten uit om vanaf het begin mee te denken, bijvoorbeeld een cliënt en een partnerorganisatie. Vraag hen achteraf wat ze anders zouden doen.",
            "There are already contacts with the outside world; now take the step to creating things together. For your next plan, invite two people from outside to think along from the very start, such as a client and a partner organisation. Afterwards, ask them what they would do differently.",
        ),
        bi(
            "Je organisatie werkt al regelmatig samen met de omgeving. Zet met één partner een klein gezamenlijk experiment op, met een vaste einddatum en een gezamenlijke terugblik. Zo leer je wat samen ontwikkelen bij jullie oplevert, zonder meteen alles vast te leggen.",
            "Your organisation already works with its environment regularly. Set up a small joint experiment with one partner, with a fixed end date and a review you do together. That way you learn what developing things together brings you, without tying everything down at once.",
        ),
        bi(
            "Samenwerken met de omgeving is bij jullie vanzelfsprekend. Blijf scherp door dit kwartaal bewust een partner op te zoeken die je nog niet kent, bijvoorbeeld uit een heel andere sector. Vertel anderen wat jullie geleerd hebben, zodat ook zij over hun eigen muren heen durven te stappen.",
            "Working with your environment comes naturally to you. Stay sharp by deliberately seeking out a partner you don't know yet this quarter, for example from a very different sector. Tell others what you have learned, so that they too dare to look beyond their own walls.",
        ),
    ],
    // Organisation
    [
        bi(
            "Besluiten liggen nu vooral bovenin. Kies één terugkerend besluit dat dicht bij het werk ligt, zoals de indeling van een overleg of de inrichting van een ruimte, en laat de mensen die het werk doen dat de komende weken zelf nemen. Bespreek daarna samen wat het opleverde.",
            "Decisions now mostly sit at the top. Choose one recurring decision that is close to the work, such as how a meeting is run or how a room is set up, and let the people who do the work make it themselves for the coming weeks. Then talk together about what it brought.",
        ),
        bi(
            "Er komt ruimte voor inbreng van medewerkers. Organiseer een korte ideeënronde over één concreet knelpunt en beloof vooraf dat elk idee binnen twee weken een antwoord krijgt. Laat zien wat er met de ideeën gebeurt, ook als een idee niet doorgaat.",
            "Room for people's input is growing. Hold a short round of ideas on one concrete bottleneck, and promise beforehand that every idea gets an answer within two weeks. Show what happens to the ideas, including when one does not go ahead.",
        ),
        bi(
            "Medewerkers hebben al echte invloed. Vraag leidinggevenden om de komende maand bij elke vraag die bij hen binnenkomt eerst terug te vragen: wat zou jij doen? Zo groeit persoonlijk leiderschap en komen beslissingen dichter bij het werk.",
            "Employees already have real influence. Ask managers, for the coming month, to answer every question that reaches them with a question first: what would you do? That way personal leadership grows and decisions move closer to the work.",
        ),
        bi(
            "Inbreng van iedereen is bij jullie gewoon geworden. Houd dat zo door samen te kijken welke regel of welk overleg inmiddels overbodig is, en schrap er één. Vertel andere organisaties hoe jullie dit aanpakken: jullie ervaring is voor hen waardevol.",
            "Everyone's input has become normal for you. Keep it that way by looking together at which rule or meeting is no longer needed, and dropping one. Tell other organisations how you go about this: your experience is valuable to them.",
        ),
    ],
    // Team
    [
        bi(
            "Begin met een vast moment van tien minuten per week waarin jullie om de beurt vertellen wat je die week hebt geleerd. Houd het licht en zonder oordeel. Zo groeit stap voor stap het vertrouwen dat nodig is om meer samen te doen.",
            "Start with a fixed ten minutes a week in which you take turns telling what you learned that week. Keep it light and free of judgement. Step by step, this builds the trust you need to do more together.",
        ),
        bi(
            "Je team werkt al deels samen. Bespreek in het volgende overleg wie waar goed in is, en verdeel één klus bewust op die sterke punten. Kijk na een paar weken samen terug: wat ging beter, wat leerde je van elkaar?",
            "Your team already works together in part. At your next meeting, talk about who is good at what, and deliberately divide one job according to those strengths. After a few weeks, look back together: what went better, what did you learn from each other?",
        ),
        bi(
            "Samenwerken en kennis delen gaan al goed. Kies als team één taak waarvoor alleen het resultaat vastligt, en bepaal zelf hoe, waar en wanneer jullie die doen. Bespreek na een paar weken wat dat vertrouwen jullie heeft opgeleverd.",
            "Working together and sharing knowledge already go well. As a team, choose one task where only the result is fixed, and decide for yourselves how, where and when you do it. After a few weeks, talk about what that trust has given you.",
        ),
        bi(
            "Je team is samen meer dan de som van de delen. Houd dat vast met een korte terugblik na elke grote klus, ook als alles goed ging. Nodig eens een ander team uit om mee te kijken, zodat jullie manier van werken zich verder verspreidt.",
            "Your team is more than the sum of its parts. Hold on to that with a short look back after every big job, even when everything went well. Invite another team to sit in now and then, so your way of working spreads further.",
        ),
    ],
    // Individual
    [
        bi(
            "Kies deze week één kleine situatie waarin je zelf het initiatief neemt, bijvoorbeeld door in het overleg een verbetering voor te stellen. Vertel een collega wat je van plan bent, zodat je het ook echt doet. Met kleine stappen bouw je persoonlijk leiderschap op.",
            "This week, pick one small situation in which you take the initiative yourself, for example by suggesting an improvement at a meeting. Tell a colleague what you plan to do, so that you really do it. Small steps build personal leadership.",
        ),
        bi(
            "Je zet al stappen buiten je vaste patroon. Vraag twee collega's wat zij zien als je sterkste kant en waarin je nog kunt groeien. Kies daarna één ding om de komende maand bewust te oefenen.",
            "You are already taking steps beyond your usual routine. Ask two colleagues what they see as your greatest strength and where you could still grow. Then choose one thing to practise deliberately over the coming month.",
        ),
        bi(
            "Je neemt al regelmatig initiatief. Zoek nu bewust iets op buiten je comfortzone: een taak, een project of een gesprek dat je normaal uit de weg zou gaan. Bespreek na afloop met iemand wat het je heeft geleerd.",
            "You already take the initiative regularly. Now deliberately seek out something beyond your comfort zone: a task, a project or a conversation you would normally avoid. Afterwards, talk with someone about what it taught you.",
        ),
        bi(
            "Persoonlijk leiderschap is voor jou vanzelfsprekend. Deel wat je weet door een collega een paar weken op weg te helpen als maatje. Blijf zelf ook leren: vraag feedback aan mensen die heel anders werken dan jij.",
            "Personal leadership comes naturally to you. Share what you know by helping a colleague find their way as a buddy for a few weeks. Keep learning yourself too: ask for feedback from people who work very differently from you.",
        ),
    ],
];

/// Added to the first next step when purpose is the weakest dimension: start there, as the motor of the rest.
pub(super) static PURPOSE_FIRST: Bilingual = bi(
    "Begin bij Purpose: het hogere doel is de motor van de rest. Als helder is waarom jullie dit werk doen, komen team, organisatie en samenwerking met de omgeving makkelijker in beweging.",
    "Start with Purpose: the higher purpose is the motor of the rest. Once it is clear why you do this work, the team, the organisation and the work with your environment move more easily.",
);
