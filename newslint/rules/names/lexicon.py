"""Word lists the names family reasons with: titles, role words, given names, non-name words.

These are facts about English news copy, kept as plain tables so they are easy to
extend. Person detection is rule-based (no NER model): a capitalised sequence is a
person when a title or role word stands before it, when it carries a middle
initial, or when it starts with a common given name.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A word list written as running text, one word per whitespace-separated token."""
    return frozenset(text.split())


# Formal titles that may stand directly before a name (capitalised there, AP "titles").
# Longest forms first is not needed: the pattern builder sorts by length.
PERSON_TITLES: tuple[str, ...] = (
    "President",
    "Vice President",
    "President-elect",
    "Vice President-elect",
    "Attorney General",
    "Deputy Attorney General",
    "Associate Attorney General",
    "Assistant Attorney General",
    "Acting Attorney General",
    "Acting Assistant Attorney General",
    "Principal Deputy Assistant Attorney General",
    "Deputy Assistant Attorney General",
    "Solicitor General",
    "Inspector General",
    "Deputy Inspector General",
    "Secretary",
    "Secretary of State",
    "Secretary of Defense",
    "Secretary of the Treasury",
    "Secretary of Homeland Security",
    "Treasury Secretary",
    "Defense Secretary",
    "Commerce Secretary",
    "Labor Secretary",
    "Education Secretary",
    "Energy Secretary",
    "Interior Secretary",
    "Transportation Secretary",
    "Agriculture Secretary",
    "Homeland Security Secretary",
    "Health Secretary",
    "Press Secretary",
    "State Secretary",
    "Senator",
    "Sen.",
    "Sens.",
    "Representative",
    "Rep.",
    "Reps.",
    "Congressman",
    "Congresswoman",
    "Delegate",
    "Speaker",
    "House Speaker",
    "Majority Leader",
    "Minority Leader",
    "Senate Majority Leader",
    "Senate Minority Leader",
    "Governor",
    "Gov.",
    "Govs.",
    "Lieutenant Governor",
    "Lt. Gov.",
    "Mayor",
    "Deputy Mayor",
    "Councilman",
    "Councilwoman",
    "Council Member",
    "Councilmember",
    "Alderman",
    "Alderwoman",
    "Supervisor",
    "Commissioner",
    "Police Commissioner",
    "Comptroller",
    "Controller",
    "Judge",
    "Judges",
    "District Judge",
    "U.S. District Judge",
    "United States District Judge",
    "Chief Judge",
    "Chief U.S. District Judge",
    "Chief United States District Judge",
    "Senior U.S. District Judge",
    "Senior United States District Judge",
    "Senior Judge",
    "Circuit Judge",
    "U.S. Circuit Judge",
    "Magistrate Judge",
    "U.S. Magistrate Judge",
    "United States Magistrate Judge",
    "Chief Magistrate Judge",
    "Bankruptcy Judge",
    "U.S. Bankruptcy Judge",
    "United States Bankruptcy Judge",
    "Administrative Law Judge",
    "Immigration Judge",
    "Superior Court Judge",
    "Federal Judge",
    "State Judge",
    "Justice",
    "Justices",
    "Chief Justice",
    "Associate Justice",
    "Sheriff",
    "Undersheriff",
    "Police Chief",
    "Fire Chief",
    "Chief of Police",
    "Chief",
    "Superintendent",
    "Officer",
    "Police Officer",
    "Detective",
    "Det.",
    "Sgt.",
    "Sergeant",
    "Lt.",
    "Lieutenant",
    "Capt.",
    "Cmdr.",
    "Commander",
    "Maj.",
    "Col.",
    "Colonel",
    "Lt. Col.",
    "Gen.",
    "Lt. Gen.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Adm.",
    "Admiral",
    "Vice Adm.",
    "Rear Adm.",
    "Cpl.",
    "Corporal",
    "Pvt.",
    "Spc.",
    "Special Agent",
    "Supervisory Special Agent",
    "Trooper",
    "Dr.",
    "Prof.",
    "Professor",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mx.",
    "Messrs.",
    "the Rev.",
    "Rev.",
    "Reverend",
    "Rabbi",
    "Father",
    "Pastor",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Pope",
    "Imam",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Prime Minister",
    "Premier",
    "Chancellor",
    "Ambassador",
    "Director",
    "Deputy Director",
    "FBI Director",
    "CIA Director",
    "Acting Director",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "U.S. Attorney",
    "United States Attorney",
    "Acting U.S. Attorney",
    "Acting United States Attorney",
    "Assistant U.S. Attorney",
    "Assistant U.S. Attorneys",
    "Assistant United States Attorney",
    "Assistant United States Attorneys",
    "Special Assistant U.S. Attorney",
    "Trial Attorney",
    "Trial Attorneys",
    "District Attorney",
    "Assistant District Attorney",
    "State Attorney",
    "State's Attorney",
    "Prosecutor",
    "Public Defender",
    "Federal Public Defender",
    "Coach",
    "Secretary-General",
    "Auditor",
    "State Auditor",
    "Treasurer",
    "State Treasurer",
    "County Clerk",
    "Clerk",
    "County Executive",
    "County Judge",
    "Warden",
    "Dean",
    "Provost",
    "President-elect",
    "Assemblyman",
    "Assemblywoman",
    "Assembly Member",
    "State Sen.",
    "State Rep.",
    "Del.",
    "Constable",
    "Marshal",
    "U.S. Marshal",
    "United States Marshal",
    "Coroner",
    "Medical Examiner",
    "Surgeon General",
    "Comptroller General",
    "Postmaster General",
    "Attorney",
    "Nurse",
    "Sir",
    "Dame",
)

# Titles that are plural: several names may follow ("Sens. A and B").
PLURAL_TITLES = frozenset(
    {
        "Sens.",
        "Reps.",
        "Govs.",
        "Judges",
        "Justices",
        "Messrs.",
        "Assistant U.S. Attorneys",
        "Assistant United States Attorneys",
        "Trial Attorneys",
    }
)

# Titles that, standing alone and capitalised, are flagged (AP "titles"; Chicago 8.19–8.21).
# Abbreviations and courtesy titles never stand alone, so they are not here.
STANDALONE_TITLES: tuple[str, ...] = (
    "President",
    "Vice President",
    "Attorney General",
    "Deputy Attorney General",
    "Assistant Attorney General",
    "Solicitor General",
    "Inspector General",
    "Secretary of State",
    "Secretary of Defense",
    "Treasury Secretary",
    "Defense Secretary",
    "Senator",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Lieutenant Governor",
    "Mayor",
    "Judge",
    "District Judge",
    "U.S. District Judge",
    "United States District Judge",
    "Magistrate Judge",
    "U.S. Magistrate Judge",
    "Federal Judge",
    "State Judge",
    "Circuit Judge",
    "Bankruptcy Judge",
    "Chief Justice",
    "Associate Justice",
    "Justice",
    "Sheriff",
    "Police Chief",
    "Fire Chief",
    "Commissioner",
    "Police Commissioner",
    "Superintendent",
    "Ambassador",
    "Prime Minister",
    "Chancellor",
    "Chairman",
    "Chairwoman",
    "U.S. Attorney",
    "United States Attorney",
    "District Attorney",
    "Councilman",
    "Councilwoman",
    "Secretary",
    "Director",
    "Speaker",
    "Pope",
)

# Lowercase nouns that, directly before a capitalised sequence, mark it as a person.
ROLE_WORDS = word_set(
    """defendant defendants co-defendant codefendant appellant appellants appellee appellees
    plaintiff plaintiffs petitioner petitioners respondent respondents claimant debtor
    attorney attorneys lawyer lawyers counsel spokesman spokeswoman spokesperson witness
    victim suspect inmate prisoner resident residents legislator lawmaker lawmakers assistant
    aide aides officer officers agent agents deputy author writer artist actor actress
    singer executive founder cofounder co-founder husband wife son daughter brother sister
    mother father grandson granddaughter grandmother grandfather nephew niece cousin uncle
    aunt partner colleague friend neighbor neighbour student teacher journalist reporter
    photographer economist analyst historian chairman chairwoman manager owner employee
    contractor consultant broker accountant physician doctor nurse pastor professor
    investigator examiner trustee receiver director candidate challenger incumbent
    nominee juror jurors informant driver pilot farmer producer landlord tenant
    businessman businesswoman entrepreneur investor adviser advisor supporter opponent"""
)

# Words that, a few words before a second full name sharing a surname, say the two
# are different people ("Sen. Ted Cruz and his wife, Heidi Cruz").
RELATION_WORDS = word_set(
    """wife husband spouse son sons daughter daughters child children brother brothers
    sister sisters sibling siblings father mother parents parent widow widower cousin
    cousins nephew niece uncle aunt grandson granddaughter grandchild grandchildren
    grandmother grandfather grandparents stepson stepdaughter stepfather stepmother
    fiance fiancee fiancé fiancée partner twin relative relatives family in-law
    daughter-in-law son-in-law mother-in-law father-in-law brother-in-law sister-in-law
    ex-wife ex-husband"""
)

# Name suffixes: part of a name, never a surname.
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV", "V", "Esq"})

# Lowercase particles inside surnames ("Bill de Blasio", "Ludwig van Beethoven").
PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "der",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "ben",
        "ter",
        "ten",
        "y",
    }
)

# Capitalised words that are never part of a person's name: organisations, places,
# documents, days and months, and function words that start sentences.
NON_NAME_WORDS = word_set(
    """Department Departments Court Courts Office Offices Division Section Bureau Agency
    Administration Service Services Commission Committee Council Congress Senate House
    Assembly Legislature State States United America American Americans National Federal
    District Districts Circuit County Counties City Cities Parish Town Township Village
    Borough Province Region Republic Kingdom Empire Nation Nations Union University
    College School Schools Academy Institute Center Centre Hospital Clinic Church Cathedral
    Temple Mosque Synagogue Foundation Association Society Company Companies Corporation
    Corp Inc LLC LLP Ltd Co Group Holdings Partners Bank Fund Trust Party Act Acts Law Laws
    Code Rule Rules Amendment Constitution Statute Regulation Regulations Program Programs
    Project Initiative Report Reports Review Journal Times Post News Press Daily Herald
    Tribune Gazette Magazine Network Radio Television Street St Avenue Ave Road Rd
    Boulevard Blvd Drive Dr Lane Way Highway Interstate Route Square Park Parks River Lake
    Mountain Mountains Island Islands Bay Beach Valley Airport Station Bridge Hall Building
    Tower Plaza Mall Market Stadium Arena Field Library Museum Gallery Zoo Prison Jail
    Penitentiary Correctional Institution Facility Detention Government Ministry Army Navy
    Air Force Marine Marines Corps Guard Police Fire Patrol Sheriff Sheriffs Attorney
    Attorneys General Generals Judge Judges Justice Justices Judiciary Judicial Supreme
    Appeals Bankruptcy Magistrate Superior Criminal Civil Rights Public Integrity Office
    Security Homeland Defense Treasury Labor Commerce Energy Education Health Human
    Agriculture Interior Transportation Housing Veterans Affairs Internal Revenue Social
    Administrative Secret Investigation Investigations Intelligence Enforcement Drug
    Customs Border Protection Immigration Naturalization Citizenship Environmental
    Inspector Inspectors Postal Mail Exchange Securities Reserve Board Authority Agencies
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    September October November December Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec
    North South East West Northern Southern Eastern Western Central Middle Upper Lower
    New Old Great Greater Little Big Fort Mount Saint San Santa Los Las El Port Lake
    The A An In On At For But And Or Nor If When While After Before During Under Over
    This That These Those It Its He She They We I You His Her Hers Him Their Theirs Our
    Ours My Your Me Us Them There Here Some Many Most All Each Every No Not As By From
    With Without Of To Since Although Though Because According Also Other Others Such
    Both Either Neither One Two Three Four Five Six Seven Eight Nine Ten First Second
    Third Last Next Then Than Now Today Yesterday Tomorrow Tonight However Moreover
    Meanwhile Instead Still Yet So Thus Therefore Further Finally Additionally Indeed
    Only Even Just Why What Who Whom Whose Which Where How Whether Once Until Unless
    Upon Into Onto Through Throughout Between Among Against Toward Towards Across Around
    About Above Below Beyond Near Outside Inside Within Along Despite Except Per Via
    Mr Mrs Ms Dr Sen Rep Gov Lt Gen Adm Capt Sgt Col Maj Prof Rev Hon Messrs Defendant
    Defendants Plaintiff Plaintiffs Appellant Appellants Appellee Appellees Petitioner
    Respondent Government Governments Count Counts Id Ibid See Cf Docket No Nos Exhibit
    Chapter Article Title Part Paragraph Clause Schedule Appendix Table Figure Page Vol
    English Spanish French German Chinese Russian Arabic Latin African Asian European
    Christian Muslim Jewish Catholic Protestant Democrat Democrats Democratic Republican
    Republicans Independent Internet Web COVID Covid God Lord Jesus Christ Bible Koran
    Christmas Easter Thanksgiving Day Week Month Year Years Century Percent Dollars
    President Vice Secretary Senator Representative Governor Mayor Chairman Chairwoman
    Chair Director Commissioner Chief Officer Agent Deputy Captain Lieutenant Sergeant
    Detective Trooper Special Assistant Acting Associate Senior Principal Executive
    Council Member Members Citizen Citizens People Man Men Woman Women Boy Girl Children
    Man's Pleads Guilty Sentenced Charged Indicted Convicted Announces Announced Files
    Settles Obtains Requires Reaches Agrees Welcome Welcomes Resumes Opens Closes"""
)

# Determiners and pronouns: "the session's agenda" is an ordinary noun, not a person.
DETERMINERS = word_set(
    """the a an this these those each every any no its their our your my his her
    another either neither some such same joint annual special"""
)

# Prepositions that usually precede a place, not a person ("in Austin", "at Orleans").
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "throughout",
        "into",
        "toward",
        "towards",
        "around",
    }
)

# Nouns after a capitalised word that make it part of an organisation or place name.
ORG_FOLLOWERS = frozenset(
    w
    for w in NON_NAME_WORDS
    if w[0].isupper()
    and w
    not in {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "But",
        "And",
        "Or",
        "Nor",
        "If",
        "Of",
        "To",
        "With",
        "By",
        "From",
        "As",
    }
)

# Common given names (U.S. census and newsroom usage; several origins). A capitalised
# pair that starts with one of these is taken as "Firstname Lastname".
GIVEN_NAMES = word_set(
    """Aaron Abdul Abigail Abraham Adam Adrian Adriana Ahmed Aidan Aisha Alan Albert Alberto
    Alejandro Alex Alexander Alexandra Alexis Alfred Alfredo Ali Alice Alicia Alison Allen
    Allison Alma Alvin Amanda Amber Amy Ana Andre Andrea Andres Andrew Andy Angel Angela
    Angelica Angie Anita Ann Anna Anne Annette Annie Anthony Antonio Arthur Ashley Audrey
    Barbara Barry Beatriz Ben Benjamin Bernard Bernie Beth Betsy Betty Beverly Bill Billy
    Bob Bobby Bonnie Brad Bradley Brandon Brenda Brett Brian Bridget Brittany Bruce Bryan
    Byron Caleb Calvin Cameron Camila Carl Carla Carlos Carmen Carol Caroline Carolyn Carrie
    Catherine Cathy Cecilia Chad Charles Charlie Cheryl Chris Christian
    Christina Christine Christopher Chuck Cindy Claire Clara Clarence Claudia Clifford Clinton
    Cody Colin Connie Conrad Corey Craig Crystal Curtis Cynthia Dale Dan Dana Daniel Daniela
    Danielle Danny Darius Darlene Darnell Darren Dave David Dawn Dean Deborah Debra Denise
    Dennis Derek Derrick Diana Diane Diego Dolores Dominic Don Donald Donna Doris Dorothy
    Doug Douglas Duane Dustin Dwayne Dwight Earl Ed Eddie Edgar Eduardo Edward Edwin Eileen
    Elaine Eleanor Elena Eli Elijah Elizabeth Ellen Elliot Elsa Emily Emma Enrique Eric Erica
    Erik Erin Ernest Esther Ethan Eugene Eva Evan Evelyn Faith Felicia Felipe Felix Fernando
    Frances Francis Francisco Frank Franklin Fred Frederick Gabriel Gabriela Gail
    Gary Gavin Gene Geoffrey George Gerald Gerardo Gilbert Gina Glen Glenn Gloria Gordon
    Grace Graham Greg Gregory Guadalupe Gustavo Hannah Harold Harriet Harry Harvey Hassan
    Hector Heather Heidi Helen Henry Herbert Herman Hillary Holly Howard Hugh Hugo Ian Irene
    Isaac Isabel Isabella Ivan Jack Jackie Jacob Jacqueline Jaime Jake James Jamie
    Jan Jane Janet Janice Jared Jasmine Jason Javier Jay Jean Jeanne Jeff Jeffrey Jennifer
    Jenny Jeremy Jerome Jerry Jesse Jessica Jill Jim Jimmy Jo Joan Joann Joanne Joe
    Joel John Johnny Jon Jonathan Jorge Jose Joseph Josephine Josh Joshua Joy Joyce Juan
    Juanita Judith Judy Jules Julia Julian Julie Julio Justin Karen Karl Kate Katherine
    Kathleen Kathryn Kathy Katie Kay Keith Kelly Ken Kenneth Kent Kevin Kim Kimberly Kirk
    Kristen Kristin Kurt Kyle Lance Larry Laura Lauren Laurie Lawrence Leah Lee Leon Leonard
    Leroy Leslie Lewis Lillian Linda Lindsey Lisa Lloyd Lois Lora Loretta Lori Lorraine
    Louis Louise Lucas Lucia Lucy Luis Luke Lydia Lynn Mahmoud Malcolm Manuel Marc Marcia
    Marco Marcus Margaret Maria Marian Marie Marilyn Mario Marion Marjorie Mark Marlene
    Marsha Martha Martin Marvin Mary Mason Mathew Matt Matthew Maureen Max Maxine Megan
    Melanie Melinda Melissa Melvin Mercedes Meredith Michael Micheal Michele Michelle Miguel
    Mike Mildred Miriam Mitch Mitchell Mohamed Mohammad Mohammed Molly Monica Morgan Muhammad
    Nadia Nancy Naomi Natalie Nathan Nathaniel Neil Nelson Nicholas Nick Nicole Nikki Nina
    Noah Norma Norman Olga Oliver Olivia Omar Oscar Pablo Pamela Pat Patricia
    Patrick Paul Paula Pedro Peggy Penny Pete Peter Phil Philip Phillip Phyllis Rachel
    Rafael Ralph Ramon Randall Randy Raul Ray Raymond Rebecca Regina Reginald Rene Renee
    Rhonda Ricardo Richard Rick Ricky Rita Rob Robert Roberta Roberto Robin Rodney Roger
    Roland Ron Ronald Rosa Rose Ross Roy Ruben Rudolph Rudy Russell Ruth Ryan Sabrina Sally
    Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sergio Seth Shannon Sharon Shawn
    Sheila Shelby Sherry Shirley Sidney Silvia Sofia Sonia Sophia Stacy Stanley Stephanie
    Stephen Steve Steven Sue Susan Suzanne Sylvia Tamara Tammy Tanya Tara Ted Teresa Terri
    Terry Thelma Theodore Theresa Thomas Tiffany Tim Timothy Tina Todd Tom Tommy Toni Tony
    Tracy Travis Troy Tyler Tyrone Valerie Vanessa Vernon Veronica Vicki Victor Victoria
    Vincent Wade Walter Wanda Warren Wayne Wendy Wesley Whitney William Willie
    Wilson Xavier Yolanda Yvonne Zachary Zoe"""
)

# Verbs and words of attribution that follow a person's surname ("Sessions said").
SPEECH_VERBS = word_set(
    """said says told added explained wrote argued noted announced testified stated
    asked replied claimed declared insisted acknowledged admitted contended called
    praised criticized warned urged denied agreed disagreed"""
)
