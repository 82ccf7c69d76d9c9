"""Demo teams and players for the Newsroom sports desk.

Fictional clubs, counties and players to go with the demo stories in
`newsroom.demo.stories` and the galleries in `newsroom.demo.galleries`. Every
team and player here is invented, like everything else in the demo.

- TEAMS: every side that plays in the demo stories and captions: nine
  Premier Division football clubs, five Union Championship rugby clubs and
  four Shires Championship cricket counties. Each row holds name, slug,
  short_name (as headlines write it), aliases and country. Aliases are only
  the other names the demo texts actually use ("Rovers", "Lowfield Lynx"):
  they are matched case-insensitively as whole words, so plain words that
  more than one club could claim ("City", "United", "Vale") are left out.
- PLAYERS: every player the demo texts, captions and keywords name, with a
  position that fits the sport, plus invented squad-mates so that each
  football club has 16 players and each rugby club 16 (a starting XV and a
  replacement). Tennis players have no team. Each row holds name, slug,
  team (a team slug or None), position and aliases.

The invented squad-mates' surnames appear nowhere in the demo texts and are
shared by no other player, so the suggestions on the demo stories name
exactly the players the stories name: a surname alone is matched only when
one player has it.
"""

import unicodedata

TEAMS = [
    # Football: the Premier Division.
    {
        "name": "Harbourside Athletic",
        "slug": "harbourside-athletic",
        "short_name": "Harbourside",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Kingsbridge Rovers",
        "slug": "kingsbridge-rovers",
        "short_name": "Kingsbridge",
        "aliases": ["Rovers"],
        "country": "England",
    },
    {
        "name": "Wexley City",
        "slug": "wexley-city",
        "short_name": "Wexley",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Greyhaven Wanderers",
        "slug": "greyhaven-wanderers",
        "short_name": "Greyhaven",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Saltmarsh Albion",
        "slug": "saltmarsh-albion",
        "short_name": "Saltmarsh",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Redmoor Town",
        "slug": "redmoor-town",
        "short_name": "Redmoor",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Brackenmoor Rangers",
        "slug": "brackenmoor-rangers",
        "short_name": "Brackenmoor",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Ashcombe United",
        "slug": "ashcombe-united",
        "short_name": "Ashcombe",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Orchard Vale",
        "slug": "orchard-vale",
        "short_name": "Orchard Vale",
        "aliases": [],
        "country": "England",
    },
    # Rugby union: the Union Championship.
    {
        "name": "Stonebridge",
        "slug": "stonebridge",
        "short_name": "Stonebridge",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Port Ellery",
        "slug": "port-ellery",
        "short_name": "Port Ellery",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Highmoor",
        "slug": "highmoor",
        "short_name": "Highmoor",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Ravensfield",
        "slug": "ravensfield",
        "short_name": "Ravensfield",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Alder Vale",
        "slug": "alder-vale",
        "short_name": "Alder Vale",
        "aliases": [],
        "country": "England",
    },
    # Cricket: the Shires Championship counties. Lowfield and Pennridge play
    # Twenty20 cricket as the Lowfield Lynx and the Pennridge Hawks.
    {
        "name": "Westerdale",
        "slug": "westerdale",
        "short_name": "Westerdale",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Eastmarch",
        "slug": "eastmarch",
        "short_name": "Eastmarch",
        "aliases": [],
        "country": "England",
    },
    {
        "name": "Lowfield",
        "slug": "lowfield",
        "short_name": "Lowfield",
        "aliases": ["Lowfield Lynx"],
        "country": "England",
    },
    {
        "name": "Pennridge",
        "slug": "pennridge",
        "short_name": "Pennridge",
        "aliases": ["Pennridge Hawks"],
        "country": "England",
    },
]

# Only players are listed. These people in the demo texts are deliberately
# left out, because they are not players:
#
# - football managers: Ray Cutler (Harbourside Athletic), Stellan Voss
#   (Kingsbridge Rovers), Paulo Ferrante (Wexley City), Lucas Aubert
#   (Greyhaven Wanderers), Graham Tuck (Saltmarsh Albion), Steve Carrow
#   (Redmoor Town), Ian Hollins (Brackenmoor Rangers), Niall Brennan (Ashcombe
#   United) and Keith Brannagh (Orchard Vale);
# - rugby coaches: Colin Brabazon (Stonebridge director of rugby) and Rhodri
#   Tapper (Alder Vale head coach);
# - referees: Martin Aldred, Claire Denholm and Rachel Onslow (football), Neil
#   Ashdown (rugby);
# - Dinah Forde, Oliver Pryce's tennis coach;
# - the desk's authors (Tom Ashworth, Callum Reid, Priya Raman, Dafydd Morgan,
#   Helen Marsh) and the photographers in the picture credits (Lorenzo Abati,
#   Rosalind Harte, Gareth Pembury, Dev Okafor, Tomasz Wilk, Sian Probert).
#
# Venues (the Quayside, Mill Lane, Quarry Lane, the Esplanade Club...),
# competitions (the Coronation Cup, the Harbourside Open...) and places that
# field no side in the demo (Kingsmere, Britain, Italy, the Netherlands) are
# not teams either.
#
# Squads: team slug -> (name, position) or (name, position, aliases). Players
# the demo texts name come first in each squad, then the invented squad-mates.
_SQUADS = {
    "harbourside-athletic": [
        ("Niko Brandt", "Goalkeeper"),
        ("Emeka Duru", "Centre-back"),
        ("Tomas Ibarra", "Attacking midfielder"),
        ("Will Stannard", "Central midfielder"),
        ("Jonas Fjeld", "Central midfielder"),
        ("Kasper Lunde", "Striker"),
        ("Rhys Tallon", "Striker"),
        ("Matt Quennell", "Goalkeeper"),
        ("Kofi Asante", "Right-back"),
        ("Dario Mendes", "Left-back"),
        ("Lars Eikrem", "Centre-back"),
        ("Connor Ruddock", "Centre-back"),
        ("Yuki Tanabe", "Defensive midfielder"),
        ("Elliot Sandhu", "Central midfielder"),
        ("Rafael Quintero", "Left winger"),
        ("Tyrese Okonjo", "Striker"),
    ],
    "kingsbridge-rovers": [
        ("Arlo Devereux", "Goalkeeper"),
        ("Owen Strickland", "Centre-back"),
        ("Jake Harrow", "Central midfielder"),
        ("Sami Haddad", "Striker"),
        ("Billy Marchant", "Forward"),
        ("Jonah Pettersen", "Goalkeeper"),
        ("Ricky Doolan", "Right-back"),
        ("Kojo Mensah", "Left-back"),
        ("Marek Sobczak", "Centre-back"),
        ("Ashton Birtles", "Centre-back"),
        ("Ibrahim Sesay", "Defensive midfielder"),
        ("Luca Benedetti", "Central midfielder"),
        ("Conor Heffernan", "Central midfielder"),
        ("Tyler Quaye", "Right winger"),
        ("Jayden Oduya", "Left winger"),
        ("Rasmus Kjaer", "Striker"),
    ],
    "wexley-city": [
        ("Ciaran Hale", "Goalkeeper"),
        ("Henrik Solberg", "Centre-back"),
        ("Aaron Pike", "Centre-back"),
        ("Jamie Corrin", "Defensive midfielder"),
        ("Sefa Adeyemi", "Attacking midfielder"),
        ("Marcus Elland", "Striker"),
        ("Sean Kavanagh", "Goalkeeper"),
        ("André Lafleur", "Right-back"),
        ("Jordi Puigvert", "Left-back"),
        ("Tunde Bakare", "Centre-back"),
        ("Patrick Dunleavy", "Defensive midfielder"),
        ("Gabriel Tavares", "Central midfielder"),
        ("Finn Halvorsen", "Central midfielder"),
        ("Jesse Amankwah", "Right winger"),
        ("Cody Varga", "Left winger"),
        ("Hugo Lemaire", "Striker"),
    ],
    "greyhaven-wanderers": [
        ("Joris Maaskant", "Goalkeeper"),
        ("Mateo Ruiz", "Attacking midfielder"),
        ("Lewis Danforth", "Striker"),
        ("Alfie Merriman", "Goalkeeper"),
        ("Stefan Radu", "Right-back"),
        ("Noah Eddleston", "Left-back"),
        ("Vincent Okoro", "Centre-back"),
        ("Liam Górecki", "Centre-back"),
        ("Thijs Verhoeven", "Centre-back"),
        ("Bilal Haidari", "Defensive midfielder"),
        ("Toby Lindqvist", "Central midfielder"),
        ("Ayo Fashola", "Central midfielder"),
        ("Nico Lombardo", "Right winger"),
        ("Deon Whitaker", "Left winger"),
        ("Arturo Salgado", "Striker"),
        ("Kai Tremlett", "Striker"),
    ],
    "saltmarsh-albion": [
        ("Dan Pettifer", "Goalkeeper"),
        ("Luke Hembry", "Right-back"),
        ("Tom Akers", "Striker"),
        ("Ollie Brisco", "Forward"),
        ("Yusuf Demir", "Forward"),
        ("Joel Barraclough", "Goalkeeper"),
        ("Aidan Rooke", "Left-back"),
        ("Emmanuel Agyei", "Centre-back"),
        ("Craig Lomax", "Centre-back"),
        ("Oisín Tierney", "Centre-back"),
        ("Ross Kinnear", "Defensive midfielder"),
        ("Matías Echeverri", "Central midfielder"),
        ("Samir Benali", "Central midfielder"),
        ("Leon Abara", "Right winger"),
        ("Reece Fairclough", "Left winger"),
        ("Tobias Vinter", "Striker"),
    ],
    "redmoor-town": [
        ("Jordan Tarrant", "Attacking midfielder"),
        ("Kieran Maddox", "Defensive midfielder"),
        ("Gary Stansfield", "Goalkeeper"),
        ("Ivo Petrak", "Goalkeeper"),
        ("Zac Rimmer", "Right-back"),
        ("Kelvin Osei", "Left-back"),
        ("Bjørn Aasen", "Centre-back"),
        ("Dale Huxtable", "Centre-back"),
        ("Adebayo Ojo", "Centre-back"),
        ("Shane Corcoran", "Central midfielder"),
        ("Levi Harcourt", "Central midfielder"),
        ("Rui Esteves", "Central midfielder"),
        ("Marlon Pinnock", "Right winger"),
        ("Kyle Ferrier", "Left winger"),
        ("Wes Brightwell", "Striker"),
        ("Lamine Dembo", "Striker"),
    ],
    "brackenmoor-rangers": [
        ("Sam Ridley", "Goalkeeper"),
        ("Dominic Sallis", "Striker"),
        ("Femi Ogunleye", "Forward"),
        ("Jamal Whitlock", "Right winger"),
        ("Aled Pritchard", "Goalkeeper"),
        ("Jonny Cathcart", "Right-back"),
        ("Sipho Ndlovu", "Left-back"),
        ("Gustav Lindahl", "Centre-back"),
        ("Kenny Ormerod", "Centre-back"),
        ("Marcel Dufour", "Centre-back"),
        ("Hamza Rahimi", "Defensive midfielder"),
        ("Callan Moffat", "Central midfielder"),
        ("Sol Abrahams", "Central midfielder"),
        ("Jakub Novotný", "Attacking midfielder"),
        ("Rico Barrientos", "Left winger"),
        ("Harley Dunstan", "Striker"),
    ],
    "ashcombe-united": [
        ("Idris Cole", "Centre-back"),
        ("Theo Banks", "Right winger"),
        ("Ruben Achterberg", "Striker"),
        ("Finlay Rusk", "Forward"),
        ("Max Fensome", "Goalkeeper"),
        ("Oskar Sjöberg", "Goalkeeper"),
        ("Daniel Nwosu", "Right-back"),
        ("Pablo Arrieta", "Left-back"),
        ("Sven Dalby", "Centre-back"),
        ("Curtis Jardine", "Centre-back"),
        ("Omar Tahiri", "Defensive midfielder"),
        ("Fraser Gilmour", "Central midfielder"),
        ("Kenji Morioka", "Central midfielder"),
        ("Andrei Popescu", "Attacking midfielder"),
        ("Tariq Mansour", "Left winger"),
        ("Caleb Frimpong", "Striker"),
    ],
    "orchard-vale": [
        ("Pete Lunn", "Goalkeeper"),
        ("Rob Haines", "Centre-back"),
        ("Ben Scollay", "Centre-back"),
        ("Ashley Kerrigan", "Forward"),
        ("Ruairí Cassidy", "Goalkeeper"),
        ("Leroy Duncombe", "Right-back"),
        ("Anders Vik", "Left-back"),
        ("Mamadou Ndiaye", "Centre-back"),
        ("Greg Thorogood", "Defensive midfielder"),
        ("Elias Brunner", "Central midfielder"),
        ("Dara Kilbride", "Central midfielder"),
        ("Vitor Macedo", "Attacking midfielder"),
        ("Jermaine Cuffe", "Right winger"),
        ("Benji Adair", "Left winger"),
        ("Ilias Petridis", "Striker"),
        ("Scott Lavery", "Striker"),
    ],
    "stonebridge": [
        ("Rory Castellan", "Fly-half"),
        ("Iwan Prosser", "Flanker"),
        ("Dan Whitcombe", "Centre"),
        ("Jack Penhallow", "Wing"),
        ("Gethin Rowlands", "Hooker"),
        ("Gruffydd Beynon", "Prop"),
        ("Tevita Fonua", "Prop"),
        ("Alun Meredith", "Hooker"),
        ("Osian Pugh", "Lock"),
        ("Jarrod Kemble", "Lock"),
        ("Steffan Howells", "Flanker"),
        ("Sione Kauvaka", "Number 8"),
        ("Lewys Gittins", "Scrum-half"),
        ("Tomos Eynon", "Centre"),
        ("Kieron Bevan", "Wing"),
        ("Elis Prothero", "Full-back"),
    ],
    "port-ellery": [
        ("Ben Tresize", "Prop"),
        ("Luc Marchetti", "Hooker"),
        ("Harry Colbourne", "Centre"),
        ("Danny Vosper", "Fly-half"),
        ("Kane Penberthy", "Prop"),
        ("Jago Trevena", "Prop"),
        ("Ned Polglase", "Lock"),
        ("Viliami Taufa", "Lock"),
        ("Kenan Roskilly", "Flanker"),
        ("Tristan Hocking", "Flanker"),
        ("Matt Spargo", "Number 8"),
        ("Fin Carlyon", "Scrum-half"),
        ("Ethan Nance", "Centre"),
        ("Josua Raikadroka", "Wing"),
        ("Lowen Tregear", "Wing"),
        ("Louis Ferran", "Full-back"),
    ],
    "highmoor": [
        ("Ewan Lockhart", "Fly-half"),
        ("Rob Tennant", "Lock"),
        ("Declan Furze", "Wing"),
        ("Angus Mackie", "Prop"),
        ("Duncan Baird", "Prop"),
        ("Archie Duthie", "Prop"),
        ("Fergus Lennox", "Hooker"),
        ("Calum Dreghorn", "Lock"),
        ("Magnus Orrock", "Flanker"),
        ("Ruaridh Cowie", "Flanker"),
        ("Jonah Leota", "Number 8"),
        ("Euan Pattullo", "Scrum-half"),
        ("Blair Kinloch", "Centre"),
        ("Isaac Ainsley", "Centre"),
        ("Tendai Moyo", "Wing"),
        ("Struan Gilchrist", "Full-back"),
    ],
    "ravensfield": [
        ("Marcus Fairlie", "Number 8"),
        ("Ollie Dunmore", "Scrum-half"),
        ("Harry Ashenden", "Fly-half"),
        ("Sam Keswick", "Centre"),
        ("Seb Garside", "Lock"),
        ("Nick Ambrose", "Prop"),
        ("Taine Ngata", "Prop"),
        ("Barnaby Coates", "Hooker"),
        ("Piers Lindsell", "Lock"),
        ("Owain Jeffreys", "Flanker"),
        ("Freddie Cartwright", "Flanker"),
        ("Rufus Treadwell", "Scrum-half"),
        ("Manu Salesa", "Centre"),
        ("Kobe Addai", "Wing"),
        ("Henry Swaffield", "Wing"),
        ("George Halloran", "Full-back"),
    ],
    "alder-vale": [
        ("Will Penrose", "Fly-half"),
        ("Cai Treharne", "Wing"),
        ("Josh Bellamy", "Flanker"),
        ("Dewi Llewellyn", "Prop"),
        ("Iestyn Bowen", "Prop"),
        ("Geraint Tovey", "Prop"),
        ("Carwyn Lloyd", "Hooker"),
        ("Huw Vaughan", "Lock"),
        ("Ifan Griffiths", "Lock"),
        ("Bryn Atherton", "Flanker"),
        ("Semisi Moala", "Number 8"),
        ("Aeron Jenkins", "Scrum-half"),
        ("Macsen Rees", "Centre"),
        ("Jac Prydderch", "Centre"),
        ("Ruan Mostert", "Wing"),
        ("Harri Cadwallader", "Full-back"),
    ],
    # Cricket: only the players the demo stories name. The scorecards write
    # some of them with an initial ("J Pelling"), kept as an alias.
    "westerdale": [
        ("Joe Pelling", "Opening batter", ["J Pelling"]),
        ("Dev Kumaran", "Opening batter"),
        ("Hamish Tolley", "Middle-order batter"),
        ("Oscar Rennie", "Wicketkeeper-batter", ["O Rennie"]),
        ("Sam Heatherington", "Fast bowler", ["S Heatherington"]),
    ],
    "eastmarch": [
        ("Nathan Crewe", "Top-order batter", ["N Crewe"]),
        ("Matty Rowe", "Middle-order batter"),
        ("Ryan Pascoe", "All-rounder"),
        ("Adil Farooqi", "Leg-spin bowler", ["A Farooqi"]),
        ("Jed Harker", "Seam bowler"),
    ],
    "lowfield": [
        ("Ellis Marr", "Opening batter"),
        ("Aaron Threlfall", "Top-order batter"),
        ("Ravi Dhillon", "All-rounder"),
        ("Zain Qadri", "Left-arm spin bowler"),
        ("Kit Lassiter", "Fast bowler"),
    ],
    "pennridge": [
        ("Brody Fenn", "Opening batter"),
        ("Harvey Nunn", "Middle-order batter"),
    ],
    # Tennis: singles players, who play for no team.
    None: [
        ("Ilse Verbeek", "Singles player"),
        ("Georgia Latham", "Singles player"),
        ("Oliver Pryce", "Singles player"),
        ("Matteo Castellari", "Singles player"),
        ("Aleksander Noor", "Singles player"),
        ("Felix Amundsen", "Singles player"),
    ],
}


def _slug(name):
    """The slug of a name: "Bjørn Aasen" gives "bjorn-aasen"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ø", "o").lower())
    ascii_name = decomposed.encode("ascii", "ignore").decode()
    return "-".join(ascii_name.split())


PLAYERS = [
    {
        "name": row[0],
        "slug": _slug(row[0]),
        "team": team,
        "position": row[1],
        "aliases": list(row[2]) if len(row) > 2 else [],
    }
    for team, squad in _SQUADS.items()
    for row in squad
]
