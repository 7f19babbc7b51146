"""The fidelity self-assessment: the common ingredients of programs run by the people they
serve, in six domains, after the FACIT (in the public domain). The questions and the five
anchors of every scale are Mutual's own plain wording.

A rating names its item by `key`; keys never change, wording may."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Item:
    key: str
    title: Promise
    question: Promise
    # What a 1, 2, 3, 4 and 5 look like, in that order.
    anchors: tuple[Promise, Promise, Promise, Promise, Promise]

    def anchor(self, score: int) -> Promise:
        return self.anchors[score - 1]


@dataclass(frozen=True)
class Domain:
    key: str
    title: Promise
    description: Promise
    items: tuple[Item, ...]


DOMAINS: tuple[Domain, ...] = (
    Domain(
        key="structure",
        title=_("Structure"),
        description=_("Who decides, who works here and how the program is run."),
        items=(
            Item("board_participation", _("Board participation"),
                 _("How many of the people on the board have lived experience of the "
                   "concern the program serves?"),
                 (_("No one on the board has lived experience, or there is no board."),
                  _("A few board members have lived experience."),
                  _("About half of the board has lived experience."),
                  _("Most of the board has lived experience."),
                  _("Nearly all of the board, including its chair, has lived experience."))),
            Item("self_helper_staff", _("Staff with lived experience"),
                 _("How many of the people who work here, paid or volunteer, have lived "
                   "experience?"),
                 (_("None of the staff have lived experience."),
                  _("A few staff members have lived experience."),
                  _("About half of the staff have lived experience."),
                  _("Most staff, including some in charge, have lived experience."),
                  _("All or nearly all staff, including the people in charge, have lived "
                    "experience."))),
            Item("hiring_decisions", _("Hiring decisions"),
                 _("Who decides who is hired, and who can let people go?"),
                 (_("People without lived experience make every hiring decision."),
                  _("People with lived experience are sometimes asked for their view."),
                  _("People with lived experience sit on hiring panels."),
                  _("People with lived experience make most hiring decisions."),
                  _("People with lived experience make all hiring and firing decisions, "
                    "including about professionals."))),
            Item("budget_control", _("Budget control"),
                 _("Who decides how the money is spent?"),
                 (_("An outside body or professionals decide alone."),
                  _("Members are told about the budget but have no say."),
                  _("Members are consulted and sometimes change the budget."),
                  _("People with lived experience decide most of the budget."),
                  _("People with lived experience decide the whole budget."))),
            Item("volunteer_opportunities", _("Volunteer opportunities"),
                 _("Can members take on roles and help run the program?"),
                 (_("There are no roles for members."),
                  _("A few small tasks are offered now and then."),
                  _("Some roles are open to members who ask."),
                  _("Many roles are offered, with support to take them on."),
                  _("Members can take on any role, from small tasks to leading the "
                    "program, with training and support."))),
            Item("planning_input", _("Say in planning"),
                 _("Do members help plan what the program does next?"),
                 (_("Members are not asked."),
                  _("Members are asked now and then, but little changes."),
                  _("Members are asked regularly, and some of their ideas are used."),
                  _("Members take part in planning meetings and shape the plans."),
                  _("Members lead the planning, and the plans show it."))),
            Item("grievance_response", _("Responding to complaints"),
                 _("When someone has a complaint, is there a fair way to raise it and get an "
                   "answer?"),
                 (_("There is no way to complain, or complaints are ignored."),
                  _("Complaints are heard informally, with no clear way to follow up."),
                  _("There is a written process, but members rarely know about it or use "
                    "it."),
                  _("There is a known process and complaints get an answer."),
                  _("Members know the process, peers help run it, answers come quickly and "
                    "things change because of it."))),
            Item("linkage", _("Links with other services and peer groups"),
                 _("Does the program work with other services and peer groups in the "
                   "area?"),
                 (_("The program works alone."),
                  _("There are a few contacts, used now and then."),
                  _("The program refers people to others and hears from them."),
                  _("The program has regular working ties with several services and peer "
                    "groups."),
                  _("The program is part of a wide network, speaks up for peer support in "
                    "it and shares work with others."))),
        ),
    ),
    Domain(
        key="environment",
        title=_("Environment"),
        description=_("How easy and safe it is to come, and how it feels to be here."),
        items=(
            Item("proximity", _("Close to where people live"),
                 _("Is the program near where members live, or near public transport?"),
                 (_("It is far away and hard to reach."),
                  _("Some members can reach it, many cannot."),
                  _("Most members can reach it with some effort."),
                  _("It is near where most members live or on good transport lines."),
                  _("It is close for nearly everyone, or the program comes to them."))),
            Item("access", _("Getting there"),
                 _("Is there help to get there, such as rides, fares or directions?"),
                 (_("There is no help to get there."),
                  _("Help is rare or only for a few."),
                  _("Some help is offered when people ask."),
                  _("Help is offered to anyone who needs it."),
                  _("Help is offered to everyone, and no one misses out for lack of a way "
                    "to get there."))),
            Item("hours", _("Opening hours"),
                 _("Is the program open when members need it, including evenings and "
                   "weekends?"),
                 (_("It is open only a few hours a week."),
                  _("It is open on some weekdays, during office hours."),
                  _("It is open most weekdays, with some evening hours."),
                  _("It is open on weekdays, evenings and some weekends."),
                  _("It is open when members say they need it, including evenings, weekends "
                    "and holidays."))),
            Item("cost", _("Cost"),
                 _("Does taking part cost members anything?"),
                 (_("There are fees that keep people away."),
                  _("There are fees, with some exceptions."),
                  _("Most things are free; some cost a little."),
                  _("Everything is free, but some extras cost money."),
                  _("Everything is free, including food or activities."))),
            Item("physical_accessibility", _("Physical accessibility"),
                 _("Can people with disabilities get in and take part?"),
                 (_("The place is not accessible."),
                  _("Some parts are accessible, with difficulty."),
                  _("The main rooms are accessible."),
                  _("The whole place is accessible, including the toilets."),
                  _("The whole place is accessible, and the program also adapts for "
                    "people who cannot see, hear or read well."))),
            Item("lack_of_coercion", _("No pressure or force"),
                 _("Do members come and take part by their own choice, free of pressure or "
                   "threats?"),
                 (_("Members are made to take part or face consequences."),
                  _("There is often pressure to take part in certain things."),
                  _("There is sometimes pressure, but members can say no."),
                  _("Taking part is voluntary, with rare pressure."),
                  _("Everything is voluntary; no one is pressured or threatened."))),
            Item("program_rules", _("Program rules"),
                 _("Who makes the rules, and are they few and clear?"),
                 (_("Many rules, made by staff alone."),
                  _("Many rules, with members asked now and then."),
                  _("Some rules, made with members' input."),
                  _("Few rules, made mostly by members."),
                  _("Few, clear rules made by members, who also change them."))),
            Item("physical_social_environment", _("Physical and social environment"),
                 _("Is the place comfortable and welcoming, and do people mix as equals?"),
                 (_("The place is cold and staff keep apart from members."),
                  _("The place is bare; staff and members rarely mix."),
                  _("The place is pleasant and staff and members sometimes mix."),
                  _("The place is comfortable and people mix easily."),
                  _("The place feels like members' own, and no one can tell staff from "
                    "members."))),
            Item("sense_of_community", _("Sense of community"),
                 _("Do members feel they belong and look out for each other?"),
                 (_("Members hardly know one another."),
                  _("A few members know each other."),
                  _("Many members know each other and some help one another."),
                  _("Most members feel they belong and help one another."),
                  _("Members feel it is their community and look out for each other inside "
                    "and outside the program."))),
            Item("no_time_limits", _("No time limits"),
                 _("Can members keep coming for as long as they want?"),
                 (_("Members must leave after a set time."),
                  _("Time limits apply, with few exceptions."),
                  _("Time limits exist but are often waived."),
                  _("There are no time limits, but long-time members are nudged to move "
                    "on."),
                  _("Members can come for as long as they want, and return any time."))),
        ),
    ),
    Domain(
        key="belief_systems",
        title=_("Belief systems"),
        description=_("What the program believes about people and how they get better."),
        items=(
            Item("peer_principle", _("Peers as equals"),
                 _("Are relationships built on shared experience, as equals?"),
                 (_("Staff are experts and members are clients."),
                  _("Shared experience is mentioned but not acted on."),
                  _("Shared experience matters in some activities."),
                  _("Most relationships are between equals who share experience."),
                  _("Shared experience and equality are the heart of everything the "
                    "program does."))),
            Item("helper_principle", _("Helping others helps us"),
                 _("Do members get to help others, and is that seen as part of their own "
                   "recovery?"),
                 (_("Members only receive help."),
                  _("Members help others now and then, informally."),
                  _("Members are encouraged to help others."),
                  _("Members help others often, and it is valued."),
                  _("Helping others is built into the program and seen as healing for the "
                    "helper."))),
            Item("personal_empowerment", _("Personal empowerment"),
                 _("Are members encouraged to take charge of their own lives?"),
                 (_("Others decide for members."),
                  _("Members are sometimes asked what they want."),
                  _("Members are encouraged to make their own decisions."),
                  _("Members are supported to take charge, and many do."),
                  _("Members take charge of their lives and of the program itself."))),
            Item("personal_accountability", _("Personal responsibility"),
                 _("Are members trusted to be responsible for their choices and actions?"),
                 (_("Members are not trusted to be responsible."),
                  _("Members are held responsible only in small matters."),
                  _("Members are expected to be responsible, with support."),
                  _("Members are responsible for their choices and for their part in the "
                    "program."),
                  _("Members hold themselves and each other responsible, with respect and "
                    "without blame."))),
            Item("group_empowerment", _("Group empowerment"),
                 _("Does the group act together to change things for its members?"),
                 (_("The group never acts together."),
                  _("The group talks about change but rarely acts."),
                  _("The group acts together now and then."),
                  _("The group often acts together and sees results."),
                  _("The group acts together as a matter of course and changes things "
                    "inside and outside the program."))),
            Item("choice", _("Choice"),
                 _("Do members choose what they take part in and how?"),
                 (_("Members have no choice."),
                  _("Members choose among a few things set by staff."),
                  _("Members choose among many things."),
                  _("Members choose freely and suggest new things."),
                  _("Members choose freely, and what is offered comes from their "
                    "choices."))),
            Item("recovery", _("Recovery"),
                 _("Does the program believe that everyone can recover and live a good "
                   "life?"),
                 (_("Recovery is not talked about or believed in."),
                  _("Recovery is believed possible for a few."),
                  _("Recovery is talked about as possible for many."),
                  _("Recovery is expected for everyone, and members share their own."),
                  _("Hope of recovery runs through everything, and members show the way "
                    "for one another."))),
            Item("spiritual_growth", _("Spiritual growth"),
                 _("Is there room for each member's own sense of meaning, faith or "
                   "spirit, without pushing any belief?"),
                 (_("The subject is avoided, or one belief is pushed."),
                  _("It comes up rarely."),
                  _("Members can talk about it when they want to."),
                  _("It is welcomed, in many forms."),
                  _("Members are supported to find meaning in their own way, and every "
                    "belief or none is respected."))),
        ),
    ),
    Domain(
        key="peer_support",
        title=_("Peer support"),
        description=_("How members support one another."),
        items=(
            Item("formal_peer_support", _("Formal peer support"),
                 _("Are there regular support groups or one-to-one peer support?"),
                 (_("There is none."),
                  _("There is some, now and then."),
                  _("There are regular groups or peer support sessions."),
                  _("There are several regular groups and one-to-one support."),
                  _("Peer support of many kinds is offered often, and members lead it."))),
            Item("informal_peer_support", _("Informal peer support"),
                 _("Do members support each other outside planned activities: in the "
                   "kitchen, by phone, day to day?"),
                 (_("It rarely happens."),
                  _("It happens between a few members."),
                  _("It happens often."),
                  _("It happens all the time and the program makes room for it."),
                  _("It is part of daily life, in the program and beyond it."))),
            Item("respect_for_diversity", _("Respect for diversity"),
                 _("Are people of every background, culture, identity and belief welcome "
                   "and respected?"),
                 (_("Some people are not welcome."),
                  _("Differences are tolerated but not respected."),
                  _("Most people feel respected."),
                  _("Differences are respected, and the program reaches out to people "
                    "unlike most members."),
                  _("Differences are valued; the members and leaders reflect the "
                    "community."))),
            Item("telling_our_stories", _("Telling our stories"),
                 _("Do members get to tell their own stories and be heard?"),
                 (_("There is no room for members' stories."),
                  _("Stories come up now and then."),
                  _("There are times set aside for stories."),
                  _("Stories are shared often and listened to with care."),
                  _("Telling and hearing stories is central, in many forms, always by "
                    "choice."))),
            Item("artistic_expression", _("Artistic expression"),
                 _("Are there chances to express oneself through art, music, writing or "
                   "drama?"),
                 (_("There are none."),
                  _("There are some, now and then."),
                  _("There are regular activities."),
                  _("There are many activities and members lead some."),
                  _("Art of many kinds is part of the program, led by members and shared "
                    "with others."))),
            Item("consciousness_raising", _("Consciousness raising"),
                 _("Do members talk together about stigma, rights and how society treats "
                   "people like them?"),
                 (_("Never."),
                  _("Rarely."),
                  _("Sometimes."),
                  _("Often, and it changes how members see themselves."),
                  _("It is part of the program, and members act on what they learn."))),
            Item("crisis_prevention", _("Preventing crises"),
                 _("Do peers help one another through hard times before they become a "
                   "crisis?"),
                 (_("There is no peer help in hard times."),
                  _("Some members help informally."),
                  _("There is a plan for peer help in hard times."),
                  _("Peers are trained to help, and it is offered regularly."),
                  _("Peers trained in supporting one another are available when needed, "
                    "with links to crisis services when they are needed."))),
            Item("peer_mentoring", _("Peer mentoring and teaching"),
                 _("Do experienced members mentor and teach newer ones?"),
                 (_("Never."),
                  _("Now and then, informally."),
                  _("There is some planned mentoring or teaching."),
                  _("Mentoring and teaching by peers are regular."),
                  _("Mentoring and teaching by peers are everywhere in the program, and "
                    "mentors are supported."))),
        ),
    ),
    Domain(
        key="education",
        title=_("Education"),
        description=_("What members learn, and how."),
        items=(
            Item("structured_problem_solving", _("Structured problem-solving"),
                 _("Are there planned sessions where members work through problems "
                   "together?"),
                 (_("There are none."),
                  _("There are some, now and then."),
                  _("There are regular sessions."),
                  _("There are regular sessions that members help lead."),
                  _("There are many regular sessions led by members."))),
            Item("informal_problem_solving", _("Informal problem-solving"),
                 _("Do members help each other solve everyday problems as they come up?"),
                 (_("Rarely."),
                  _("Now and then."),
                  _("Often."),
                  _("Very often, and staff encourage it."),
                  _("It is how the program works day to day."))),
            Item("skills_practice", _("Practising skills"),
                 _("Can members learn and practise everyday skills, such as cooking, "
                   "budgeting or speaking up?"),
                 (_("There is no chance to practise."),
                  _("Some chances, now and then."),
                  _("Regular chances to practise some skills."),
                  _("Regular chances to practise many skills, with peers teaching."),
                  _("Members choose the skills, teach one another and use them in the "
                    "program."))),
            Item("job_readiness", _("Getting ready for work"),
                 _("Does the program help members get ready for work or study, if they "
                   "want to?"),
                 (_("There is no help."),
                  _("Some information is given."),
                  _("There is some help with work or study."),
                  _("There is regular help, including work inside the program."),
                  _("There is help of many kinds, and members move into work or study and "
                    "come back to help others."))),
        ),
    ),
    Domain(
        key="advocacy",
        title=_("Advocacy"),
        description=_("Speaking up for oneself, for each other and for people not yet "
                      "reached."),
        items=(
            Item("self_advocacy", _("Speaking up for yourself"),
                 _("Are members helped to speak up for themselves with services, landlords, "
                   "employers and others?"),
                 (_("There is no help."),
                  _("There is some help, now and then."),
                  _("There is regular help."),
                  _("Members are taught and supported to speak up, and many do."),
                  _("Members speak up for themselves confidently, and teach others to."))),
            Item("peer_advocacy", _("Speaking up for each other"),
                 _("Do peers speak up for members who ask for it?"),
                 (_("Never."),
                  _("Now and then, informally."),
                  _("Some peers do it regularly."),
                  _("Trained peers do it whenever asked."),
                  _("Trained peers do it whenever asked, and the program also speaks up for "
                    "changes that help everyone."))),
            Item("outreach", _("Outreach"),
                 _("Does the program reach out to people who could use it but have not "
                   "come?"),
                 (_("There is no outreach."),
                  _("There is some, now and then."),
                  _("There is regular outreach."),
                  _("Members do regular outreach in many places."),
                  _("Members reach out widely, including to people who are hardest to "
                    "reach, and newcomers are welcomed by peers."))),
        ),
    ),
)

ITEMS: dict[str, Item] = {item.key: item for domain in DOMAINS for item in domain.items}
DOMAIN_OF: dict[str, Domain] = {
    item.key: domain for domain in DOMAINS for item in domain.items}
# An item's place in the instrument, to list ratings in the order of the questions.
POSITION: dict[str, int] = {key: position for position, key in enumerate(ITEMS)}
