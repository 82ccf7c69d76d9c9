"""Demo photo galleries and lead photos for the Newsroom sports desk.

Fictional "In pics" galleries and one lead photo for most published articles
in `newsroom.demo.stories`. Every club, player, venue, photographer and agency
picture named here is invented; the agencies are real names, spelled the many
ways their wire files spell them, so the demo shows one photographer at one
agency recognised across spellings.

Each photo dict holds:

- file_name, title (the event line), caption (wire style, no dates, so that it
  never contradicts the relative demo dates), alt_text and keywords (the first
  keyword names the sport);
- iptc and/or xmp: where the credit goes. `iptc` may set byline, credit,
  source and copyright; `xmp` may set credit (photoshop:Credit), creator
  (dc:creator), rights (dc:rights) and source. The caption, title and keywords
  are written into each block the photo has (see
  `newsroom.demo.pictures.wire_jpeg`);
- scene, colours ([home kit, away kit] as RGB) and, where the picture is about
  the away side, focus 1: how `newsroom.demo.pictures` draws it. A gesture
  ("applaud", "fist", "arms_up", "arms_wide", "knee_slide", "drive",
  "raised_bat") fixes the main figure's pose where the caption names it.
"""

# Kit colours.
HARBOURSIDE = [35, 95, 190]
KINGSBRIDGE = [235, 175, 35]
WEXLEY = [200, 35, 45]
GREYHAVEN = [95, 60, 150]
SALTMARSH = [20, 135, 125]
REDMOOR = [150, 30, 50]
BRACKENMOOR = [240, 240, 240]
ASHCOMBE = [235, 105, 30]
STONEBRIDGE = [130, 25, 45]
PORT_ELLERY = [236, 236, 236]
HIGHMOOR = [40, 100, 175]
RAVENSFIELD = [28, 28, 34]
ALDER_VALE = [240, 200, 40]
CRICKET_WHITES = [245, 245, 240]
EASTMARCH = [120, 25, 70]
LOWFIELD = [240, 125, 25]
PENNRIDGE = [30, 65, 145]
TENNIS_WHITES = [246, 246, 246]

# Event lines, as the wires write them in the title field.
QUAYSIDE_TITLE = "Premier Division: Harbourside Athletic vs Kingsbridge Rovers"
QUARRY_LANE_TITLE = "Union Championship: Stonebridge vs Port Ellery"

QUAYSIDE = (
    "the Premier Division match between Harbourside Athletic and Kingsbridge "
    "Rovers at the Quayside, Harbourside."
)
QUARRY_LANE = (
    "the Union Championship match between Stonebridge and Port Ellery at "
    "Quarry Lane, Stonebridge."
)

# Credits and notices that recur.
AP_NOTICE = "Copyright The Associated Press. All rights reserved."
REUTERS_NOTICE = "© Thomson Reuters"
PA_NOTICE = "PA Media"
GETTY_NOTICE = "Getty Images"

GALLERIES = [
    {
        "slug": "in-pics-harbourside-athletic-3-kingsbridge-rovers-2",
        "section": "football",
        "headline": "In pics: Duru's late header settles a Quayside classic",
        "standfirst": (
            "Five goals, a contested penalty and a winner two minutes from "
            "time: the best images from Harbourside Athletic's 3-2 victory "
            "over Kingsbridge Rovers."
        ),
        "intro": (
            "The Premier Division's top two served up a match worthy of the "
            "occasion in front of 41,286 at the Quayside. Kasper Lunde and "
            "Sami Haddad traded first-half goals, Rhys Tallon and Billy "
            "Marchant did the same after the break, and then Emeka Duru rose "
            "above everyone to head the leaders four points clear."
        ),
        "authors": ["tom-ashworth", "callum-reid"],
        "days_ago": 1,
        "hour": 20,
        "related_article": "harbourside-athletic-3-kingsbridge-rovers-2",
        "photos": [
            {
                "file_name": "harbourside-kingsbridge-01.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic supporters hold their scarves aloft "
                    "before " + QUAYSIDE
                ),
                "alt_text": (
                    "Rows of fans in blue shirts raise their arms and scarves "
                    "in a packed stand."
                ),
                "iptc": {
                    "byline": "Lorenzo Abati",
                    "credit": "AP Photo/Lorenzo Abati",
                    "source": "AP",
                    "copyright": AP_NOTICE,
                },
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Supporters",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "crowd",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
            },
            {
                "file_name": "harbourside-kingsbridge-02.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic's Kasper Lunde, centre, celebrates "
                    "after scoring his side's opening goal in the 12th minute "
                    "of " + QUAYSIDE
                ),
                "alt_text": (
                    "A footballer in a blue shirt celebrates with his arms "
                    "spread wide as team-mates run towards him."
                ),
                "iptc": {"credit": "Photo: AP/Lorenzo Abati"},
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Kasper Lunde",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "celebration",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
                "gesture": "arms_wide",
            },
            {
                "file_name": "harbourside-kingsbridge-03.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic's Emeka Duru, left, and Kingsbridge "
                    "Rovers' Sami Haddad challenge for a header during the "
                    "first half of " + QUAYSIDE
                ),
                "alt_text": (
                    "Two footballers, one in blue and one in amber, leap "
                    "together to head the ball."
                ),
                "iptc": None,
                "xmp": {
                    "credit": "REUTERS/Rosalind Harte",
                    "creator": "Rosalind Harte",
                    "rights": REUTERS_NOTICE,
                },
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Emeka Duru",
                    "Sami Haddad",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "header",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
            },
            {
                "file_name": "harbourside-kingsbridge-04.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Kingsbridge Rovers' Sami Haddad celebrates after lifting "
                    "the ball over Harbourside Athletic goalkeeper Niko Brandt "
                    "to equalise in the 34th minute of " + QUAYSIDE
                ),
                "alt_text": (
                    "A footballer in an amber shirt celebrates while his "
                    "team-mates chase after him."
                ),
                "iptc": {"byline": "LORENZO ABATI", "credit": "AP", "source": "AP"},
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Sami Haddad",
                    "Kingsbridge Rovers",
                    "Harbourside Athletic",
                ],
                "scene": "celebration",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
                "focus": 1,
            },
            {
                "file_name": "harbourside-kingsbridge-05.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Kingsbridge Rovers captain Owen Strickland challenges "
                    "Harbourside Athletic's Kasper Lunde, a tackle that led to "
                    "the penalty awarded by referee Martin Aldred after a "
                    "pitchside review, during " + QUAYSIDE
                ),
                "alt_text": (
                    "A defender in amber slides in on a player in blue, who "
                    "tumbles over his outstretched leg."
                ),
                "iptc": {
                    "byline": "Gareth Pembury",
                    "credit": "Gareth Pembury/PA Wire/PA Images",
                    "source": "PA",
                    "copyright": PA_NOTICE,
                },
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Owen Strickland",
                    "Kasper Lunde",
                    "Kingsbridge Rovers",
                    "Harbourside Athletic",
                ],
                "scene": "tackle",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
                "focus": 1,
            },
            {
                "file_name": "harbourside-kingsbridge-06.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic's Rhys Tallon celebrates after "
                    "sending Kingsbridge Rovers goalkeeper Arlo Devereux the "
                    "wrong way from the penalty spot to make it 2-1 during " + QUAYSIDE
                ),
                "alt_text": (
                    "Close-up of a footballer in a blue shirt punching the air, "
                    "with the crowd blurred behind him."
                ),
                "iptc": {"credit": "Lorenzo Abati/AP"},
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Rhys Tallon",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "portrait",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
                "gesture": "fist",
            },
            {
                "file_name": "harbourside-kingsbridge-07.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic goalkeeper Niko Brandt parries a "
                    "fierce drive from Kingsbridge Rovers' Sami Haddad moments "
                    "before Billy Marchant scored from the rebound during " + QUAYSIDE
                ),
                "alt_text": (
                    "A goalkeeper dives full length across his goal to push the "
                    "ball away."
                ),
                "iptc": {
                    "byline": "Rosalind Harte",
                    "credit": "REUTERS/Rosalind Harte",
                    "source": "REUTERS",
                    "copyright": REUTERS_NOTICE,
                },
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Niko Brandt",
                    "Sami Haddad",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "save",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
            },
            {
                "file_name": "harbourside-kingsbridge-08.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Kingsbridge Rovers' Billy Marchant, centre, celebrates "
                    "with team-mates after scoring from close range to make it "
                    "2-2 in the 71st minute of " + QUAYSIDE
                ),
                "alt_text": (
                    "A footballer in amber kneels with his arms raised as "
                    "team-mates race over to join him."
                ),
                "iptc": None,
                "xmp": {
                    "credit": "Photo; AP/Lorenzo Abati",
                    "creator": "Lorenzo Abati",
                    "rights": AP_NOTICE,
                },
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Billy Marchant",
                    "Kingsbridge Rovers",
                    "Harbourside Athletic",
                ],
                "scene": "celebration",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
                "focus": 1,
                "gesture": "knee_slide",
            },
            {
                "file_name": "harbourside-kingsbridge-09.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic's Emeka Duru rises above the "
                    "Kingsbridge Rovers defence to head in Tomas Ibarra's "
                    "corner for the winning goal in the 88th minute of " + QUAYSIDE
                ),
                "alt_text": (
                    "A player in blue climbs above a defender in amber to meet "
                    "the ball with his head."
                ),
                "iptc": {
                    "byline": "Dev Okafor",
                    "credit": "Action Images via Reuters/Dev Okafor",
                    "source": "Action Images",
                },
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Emeka Duru",
                    "Tomas Ibarra",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "header",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
            },
            {
                "file_name": "harbourside-kingsbridge-10.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic's Emeka Duru, centre, celebrates "
                    "with team-mates after scoring his side's third goal "
                    "during " + QUAYSIDE
                ),
                "alt_text": (
                    "A footballer in blue celebrates with both arms in the air "
                    "as team-mates run to him."
                ),
                "iptc": {"byline": "GARETH PEMBURY", "credit": "PA", "source": "PA"},
                "xmp": {
                    "credit": "Gareth Pembury/PA Wire/PA Images",
                    "creator": "Gareth Pembury",
                    "rights": PA_NOTICE,
                },
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Emeka Duru",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "celebration",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
                "gesture": "arms_up",
            },
            {
                "file_name": "harbourside-kingsbridge-11.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic players form a huddle on the pitch "
                    "after the final whistle of " + QUAYSIDE
                ),
                "alt_text": (
                    "Footballers in blue stand in a tight circle with their "
                    "arms around each other."
                ),
                "iptc": {"credit": "Photo; AP/Lorenzo Abati", "source": "AP"},
                "xmp": None,
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "huddle",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
            },
            {
                "file_name": "harbourside-kingsbridge-12.jpg",
                "title": QUAYSIDE_TITLE,
                "caption": (
                    "Harbourside Athletic's Emeka Duru applauds the "
                    "supporters after " + QUAYSIDE
                ),
                "alt_text": (
                    "A footballer in a blue shirt applauds, with the stand out "
                    "of focus behind him."
                ),
                "iptc": None,
                "xmp": {
                    "credit": "Lorenzo Abati/AP",
                    "creator": "Lorenzo Abati",
                    "rights": AP_NOTICE,
                    "source": "AP",
                },
                "keywords": [
                    "Soccer",
                    "Premier Division",
                    "Emeka Duru",
                    "Harbourside Athletic",
                    "Kingsbridge Rovers",
                ],
                "scene": "portrait",
                "colours": [HARBOURSIDE, KINGSBRIDGE],
                "gesture": "applaud",
            },
        ],
    },
    {
        "slug": "in-pics-stonebridge-27-port-ellery-24",
        "section": "rugby",
        "headline": "In pics: Castellan's redemption at Quarry Lane",
        "standfirst": (
            "A week after hitting the post at Alder Vale, Rory Castellan "
            "kicked the last-gasp penalty that lifted Stonebridge to second."
        ),
        "intro": (
            "Stonebridge and Port Ellery traded blows for 80 minutes in front "
            "of 12,870 at Quarry Lane. Jack Penhallow scored twice and Iwan "
            "Prosser once for the hosts, Port Ellery replied through Ben "
            "Tresize, Harry Colbourne and Luc Marchetti, and the final word "
            "went to the boot of Rory Castellan."
        ),
        "authors": ["dafydd-morgan"],
        "days_ago": 2,
        "hour": 20,
        "related_article": "stonebridge-27-port-ellery-24",
        "photos": [
            {
                "file_name": "stonebridge-port-ellery-01.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Stonebridge supporters cheer their side on to the pitch "
                    "before " + QUARRY_LANE
                ),
                "alt_text": (
                    "A crowded stand of fans in maroon shirts with arms and "
                    "scarves held high."
                ),
                "iptc": {
                    "byline": "Tomasz Wilk",
                    "credit": "Getty Images",
                    "source": "Getty Images Europe",
                    "copyright": GETTY_NOTICE,
                },
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Supporters",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "crowd",
                "colours": [STONEBRIDGE, PORT_ELLERY],
            },
            {
                "file_name": "stonebridge-port-ellery-02.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Stonebridge win a lineout on halfway in the move that "
                    "ended with Jack Penhallow's first try after 11 minutes of "
                    + QUARRY_LANE
                ),
                "alt_text": (
                    "A rugby player in maroon is lifted high by two team-mates "
                    "to catch the ball at a lineout."
                ),
                "iptc": {
                    "byline": "Sian Probert",
                    "credit": "Sian Probert/PA Wire/PA Images",
                    "source": "PA",
                    "copyright": PA_NOTICE,
                },
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "lineout",
                "colours": [STONEBRIDGE, PORT_ELLERY],
            },
            {
                "file_name": "stonebridge-port-ellery-03.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Stonebridge wing Jack Penhallow celebrates scoring the "
                    "opening try of " + QUARRY_LANE
                ),
                "alt_text": (
                    "A rugby player in maroon celebrates with both arms raised "
                    "as team-mates sprint over to him."
                ),
                "iptc": None,
                "xmp": {
                    "credit": "Tomasz Wilk/Getty Images",
                    "creator": "Tomasz Wilk",
                    "rights": GETTY_NOTICE,
                },
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Jack Penhallow",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "celebration",
                "colours": [STONEBRIDGE, PORT_ELLERY],
                "gesture": "arms_up",
            },
            {
                "file_name": "stonebridge-port-ellery-04.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "The Stonebridge and Port Ellery packs engage at a scrum "
                    "during the first half of " + QUARRY_LANE
                ),
                "alt_text": (
                    "Two rugby packs, one in maroon and one in white, bind "
                    "together and push at a scrum."
                ),
                "iptc": {"byline": "SIAN PROBERT", "credit": "PA", "source": "PA Wire"},
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "scrum",
                "colours": [STONEBRIDGE, PORT_ELLERY],
                "focus": 1,
            },
            {
                "file_name": "stonebridge-port-ellery-05.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Stonebridge flanker Iwan Prosser tackles Port Ellery's "
                    "Harry Colbourne during " + QUARRY_LANE
                ),
                "alt_text": (
                    "A rugby player in maroon drives his shoulder into an "
                    "opponent in white who is carrying the ball."
                ),
                "iptc": {
                    "byline": "Dev Okafor",
                    "credit": "Action Images via Reuters/Dev Okafor",
                    "copyright": REUTERS_NOTICE,
                },
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Iwan Prosser",
                    "Harry Colbourne",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "tackle",
                "colours": [STONEBRIDGE, PORT_ELLERY],
            },
            {
                "file_name": "stonebridge-port-ellery-06.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Port Ellery players gather in a huddle after Harry "
                    "Colbourne's try early in the second half of " + QUARRY_LANE
                ),
                "alt_text": (
                    "Rugby players in white stand in a circle, heads bowed and "
                    "arms around each other."
                ),
                "iptc": {"credit": "Tomasz Wilk via Getty Images"},
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Harry Colbourne",
                    "Port Ellery",
                    "Stonebridge",
                ],
                "scene": "huddle",
                "colours": [STONEBRIDGE, PORT_ELLERY],
                "focus": 1,
            },
            {
                "file_name": "stonebridge-port-ellery-07.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Port Ellery's Luc Marchetti celebrates after burrowing "
                    "over for his side's third try to level the scores at "
                    "24-24 in the 74th minute of " + QUARRY_LANE
                ),
                "alt_text": (
                    "A rugby player in white celebrates with his arms spread "
                    "as team-mates run in."
                ),
                "iptc": {"credit": "PA Images/Sian Probert", "source": "PA"},
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Luc Marchetti",
                    "Port Ellery",
                    "Stonebridge",
                ],
                "scene": "celebration",
                "colours": [STONEBRIDGE, PORT_ELLERY],
                "focus": 1,
                "gesture": "arms_wide",
            },
            {
                "file_name": "stonebridge-port-ellery-08.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Stonebridge replacement hooker Gethin Rowlands gets his "
                    "hands on the ball at the final breakdown, winning the "
                    "penalty that decided " + QUARRY_LANE
                ),
                "alt_text": (
                    "A rugby player in maroon tackles an opponent in white "
                    "around the waist."
                ),
                "iptc": None,
                "xmp": {
                    "credit": "Action Images via Reuters/Dev Okafor",
                    "creator": "Dev Okafor",
                    "rights": REUTERS_NOTICE,
                },
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Gethin Rowlands",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "tackle",
                "colours": [STONEBRIDGE, PORT_ELLERY],
            },
            {
                "file_name": "stonebridge-port-ellery-09.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Stonebridge fly-half Rory Castellan celebrates after "
                    "kicking the match-winning penalty from 40 metres with the "
                    "last kick of " + QUARRY_LANE
                ),
                "alt_text": (
                    "Close-up of a rugby player in a maroon shirt with both "
                    "arms raised, the stand blurred behind him."
                ),
                "iptc": {
                    "byline": "Tomasz Wilk",
                    "credit": "Tomasz Wilk/Getty Images",
                    "source": "Getty Images Europe",
                    "copyright": GETTY_NOTICE,
                },
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Rory Castellan",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "portrait",
                "colours": [STONEBRIDGE, PORT_ELLERY],
                "gesture": "arms_up",
            },
            {
                "file_name": "stonebridge-port-ellery-10.jpg",
                "title": QUARRY_LANE_TITLE,
                "caption": (
                    "Stonebridge players huddle together after the final "
                    "whistle of " + QUARRY_LANE + " The win lifts them to "
                    "second in the Union Championship."
                ),
                "alt_text": (
                    "Rugby players in maroon stand in a tight circle with "
                    "their arms around one another."
                ),
                "iptc": {"credit": "(PA Photo/Sian Probert)", "copyright": PA_NOTICE},
                "xmp": None,
                "keywords": [
                    "Rugby Union",
                    "Union Championship",
                    "Stonebridge",
                    "Port Ellery",
                ],
                "scene": "huddle",
                "colours": [STONEBRIDGE, PORT_ELLERY],
            },
        ],
    },
]

LEAD_PHOTOS = {
    "harbourside-athletic-3-kingsbridge-rovers-2": {
        "file_name": "duru-header-quayside.jpg",
        "title": QUAYSIDE_TITLE,
        "caption": (
            "Harbourside Athletic's Emeka Duru heads the winning goal two "
            "minutes from time during " + QUAYSIDE
        ),
        "alt_text": (
            "A player in blue leaps above a defender in amber to head the ball "
            "towards goal."
        ),
        "iptc": {
            "byline": "Lorenzo Abati",
            "credit": "AP Photo/Lorenzo Abati",
            "source": "AP",
            "copyright": AP_NOTICE,
        },
        "xmp": None,
        "keywords": [
            "Soccer",
            "Premier Division",
            "Emeka Duru",
            "Harbourside Athletic",
            "Kingsbridge Rovers",
        ],
        "scene": "header",
        "colours": [HARBOURSIDE, KINGSBRIDGE],
    },
    "wexley-city-2-greyhaven-wanderers-0": {
        "file_name": "elland-celebrates-beacon-road.jpg",
        "title": "Premier Division: Wexley City vs Greyhaven Wanderers",
        "caption": (
            "Wexley City's Marcus Elland celebrates after heading his second "
            "goal from a Sefa Adeyemi corner during the Premier Division match "
            "against Greyhaven Wanderers at Beacon Road, Wexley."
        ),
        "alt_text": (
            "A footballer in red celebrates with his arms spread wide as "
            "team-mates run to join him."
        ),
        "iptc": {
            "byline": "Rosalind Harte",
            "credit": "REUTERS/Rosalind Harte",
            "source": "REUTERS",
        },
        "xmp": None,
        "keywords": [
            "Soccer",
            "Premier Division",
            "Marcus Elland",
            "Wexley City",
            "Greyhaven Wanderers",
        ],
        "scene": "celebration",
        "colours": [WEXLEY, GREYHAVEN],
        "gesture": "arms_wide",
    },
    "saltmarsh-albion-1-redmoor-town-1": {
        "file_name": "brisco-equaliser-marshes.jpg",
        "title": "Premier Division: Saltmarsh Albion vs Redmoor Town",
        "caption": (
            "Saltmarsh Albion's Ollie Brisco celebrates after his "
            "stoppage-time half-volley earned a 1-1 draw in the Premier "
            "Division match against Redmoor Town at the Marshes, Saltmarsh."
        ),
        "alt_text": (
            "A footballer in teal slides on his knees in celebration as "
            "team-mates sprint towards him."
        ),
        "iptc": {
            "byline": "Gareth Pembury",
            "credit": "Gareth Pembury/PA Wire/PA Images",
            "source": "PA",
        },
        "xmp": None,
        "keywords": [
            "Soccer",
            "Premier Division",
            "Ollie Brisco",
            "Saltmarsh Albion",
            "Redmoor Town",
        ],
        "scene": "celebration",
        "colours": [SALTMARSH, REDMOOR],
        "gesture": "knee_slide",
    },
    "brackenmoor-rangers-0-ashcombe-united-4": {
        "file_name": "achterberg-heath-park.jpg",
        "title": "Premier Division: Brackenmoor Rangers vs Ashcombe United",
        "caption": (
            "Ashcombe United's Ruben Achterberg celebrates scoring his second "
            "goal during the Premier Division match against Brackenmoor "
            "Rangers at Heath Park, Brackenmoor."
        ),
        "alt_text": (
            "A footballer in orange celebrates with both arms raised as "
            "team-mates run towards him."
        ),
        "iptc": {
            "byline": "Tomasz Wilk",
            "credit": "Tomasz Wilk/Getty Images",
            "source": "Getty Images Europe",
            "copyright": GETTY_NOTICE,
        },
        "xmp": None,
        "keywords": [
            "Soccer",
            "Premier Division",
            "Ruben Achterberg",
            "Ashcombe United",
            "Brackenmoor Rangers",
        ],
        "scene": "celebration",
        "colours": [BRACKENMOOR, ASHCOMBE],
        "focus": 1,
        "gesture": "arms_up",
    },
    "kingsbridge-rovers-2-wexley-city-1-coronation-cup": {
        "file_name": "strickland-header-mill-lane.jpg",
        "title": "Coronation Cup quarter-final: Kingsbridge Rovers vs Wexley City",
        "caption": (
            "Kingsbridge Rovers captain Owen Strickland heads the winning goal "
            "from Jake Harrow's free-kick during the Coronation Cup "
            "quarter-final against Wexley City at Mill Lane, Kingsbridge."
        ),
        "alt_text": (
            "A player in amber rises above a defender in red to head the ball."
        ),
        "iptc": {
            "byline": "Dev Okafor",
            "credit": "Action Images via Reuters/Dev Okafor",
            "source": "Action Images",
        },
        "xmp": None,
        "keywords": [
            "Soccer",
            "Coronation Cup",
            "Owen Strickland",
            "Kingsbridge Rovers",
            "Wexley City",
        ],
        "scene": "header",
        "colours": [KINGSBRIDGE, WEXLEY],
    },
    "greyhaven-wanderers-3-saltmarsh-albion-3": {
        "file_name": "danforth-abbey-fields.jpg",
        "title": "Premier Division: Greyhaven Wanderers vs Saltmarsh Albion",
        "caption": (
            "Greyhaven Wanderers' Lewis Danforth is challenged by Saltmarsh "
            "Albion captain Luke Hembry during the Premier Division match at "
            "Abbey Fields, Greyhaven."
        ),
        "alt_text": (
            "A defender in teal slides in to tackle a player in purple, who "
            "leaps over his leg."
        ),
        "iptc": {"byline": "LORENZO ABATI", "credit": "AP"},
        "xmp": None,
        "keywords": [
            "Soccer",
            "Premier Division",
            "Lewis Danforth",
            "Luke Hembry",
            "Greyhaven Wanderers",
            "Saltmarsh Albion",
        ],
        "scene": "tackle",
        "colours": [GREYHAVEN, SALTMARSH],
        "focus": 1,
    },
    "analysis-harbourside-athletic-midfield-diamond": {
        "file_name": "ibarra-quayside-file.jpg",
        "title": "Premier Division: Harbourside Athletic",
        "caption": (
            "Harbourside Athletic's Tomas Ibarra gestures to team-mates during "
            "a Premier Division match at the Quayside, Harbourside."
        ),
        "alt_text": ("Close-up of a footballer in a blue shirt with one fist raised."),
        "iptc": None,
        "xmp": {
            "credit": "Lorenzo Abati/AP",
            "creator": "Lorenzo Abati",
            "rights": AP_NOTICE,
        },
        "keywords": [
            "Soccer",
            "Premier Division",
            "Tomas Ibarra",
            "Harbourside Athletic",
        ],
        "scene": "portrait",
        "colours": [HARBOURSIDE, KINGSBRIDGE],
        "gesture": "fist",
    },
    "westerdale-beat-eastmarch-by-six-wickets": {
        "file_name": "pelling-tanners-field.jpg",
        "title": "Shires Championship: Eastmarch vs Westerdale",
        "caption": (
            "Westerdale's Joe Pelling drives through the off side on his way "
            "to an unbeaten 112 on the final day of the Shires Championship "
            "match against Eastmarch at Tanner's Field."
        ),
        "alt_text": (
            "A batter in cricket whites and a helmet drives the ball as the "
            "wicketkeeper crouches behind the stumps."
        ),
        "iptc": {
            "byline": "Sian Probert",
            "credit": "Sian Probert/PA Wire/PA Images",
            "source": "PA",
            "copyright": PA_NOTICE,
        },
        "xmp": None,
        "keywords": [
            "Cricket",
            "Shires Championship",
            "Joe Pelling",
            "Westerdale",
            "Eastmarch",
        ],
        "scene": "batting",
        "colours": [CRICKET_WHITES, CRICKET_WHITES],
        "gesture": "drive",
    },
    "lowfield-lynx-win-twenty20-trophy-final": {
        "file_name": "lowfield-lynx-trophy.jpg",
        "title": "Twenty20 Trophy final: Lowfield Lynx vs Pennridge Hawks",
        "caption": (
            "Lowfield Lynx captain Ellis Marr lifts the Twenty20 Trophy with "
            "his team-mates after victory over Pennridge Hawks by seven runs "
            "in the final at the Crescent Ground."
        ),
        "alt_text": (
            "Cricketers in orange kit cheer as their captain holds a gold "
            "trophy above his head amid falling confetti."
        ),
        "iptc": None,
        "xmp": {
            "credit": "Photo: AP/Lorenzo Abati",
            "creator": "Lorenzo Abati",
            "rights": AP_NOTICE,
        },
        "keywords": [
            "Cricket",
            "Twenty20 Trophy",
            "Ellis Marr",
            "Lowfield Lynx",
            "Pennridge Hawks",
        ],
        "scene": "trophy",
        "colours": [LOWFIELD, PENNRIDGE],
    },
    "eastmarch-beat-lowfield-dls-one-day-cup-semi-final": {
        "file_name": "crewe-grange-road.jpg",
        "title": "One-Day Cup semi-final: Eastmarch vs Lowfield",
        "caption": (
            "Eastmarch captain Nathan Crewe bats during his innings of 88 in "
            "the One-Day Cup semi-final against Lowfield at Grange Road."
        ),
        "alt_text": (
            "A batter in a plum-coloured kit plays a shot in front of the "
            "wicketkeeper and stumps."
        ),
        "iptc": {"credit": "Rosalind Harte/Reuters", "source": "Reuters"},
        "xmp": None,
        "keywords": [
            "Cricket",
            "One-Day Cup",
            "Nathan Crewe",
            "Eastmarch",
            "Lowfield",
        ],
        "scene": "batting",
        "colours": [EASTMARCH, LOWFIELD],
        "gesture": "drive",
    },
    "stonebridge-27-port-ellery-24": {
        "file_name": "stonebridge-celebrate-quarry-lane.jpg",
        "title": QUARRY_LANE_TITLE,
        "caption": (
            "Stonebridge players celebrate Rory Castellan's last-gasp penalty "
            "at the end of " + QUARRY_LANE
        ),
        "alt_text": (
            "A rugby player in maroon celebrates with both arms raised as "
            "team-mates run to join him."
        ),
        "iptc": {"credit": "Tomasz Wilk via Getty Images", "copyright": GETTY_NOTICE},
        "xmp": None,
        "keywords": [
            "Rugby Union",
            "Union Championship",
            "Rory Castellan",
            "Stonebridge",
            "Port Ellery",
        ],
        "scene": "celebration",
        "colours": [STONEBRIDGE, PORT_ELLERY],
        "gesture": "arms_up",
    },
    "highmoor-13-ravensfield-31": {
        "file_name": "fairlie-scrum-highmoor.jpg",
        "title": "Union Championship: Highmoor vs Ravensfield",
        "caption": (
            "Ravensfield No 8 Marcus Fairlie prepares to pick up from the base "
            "of a five-metre scrum before scoring his second try during the "
            "Union Championship match against Highmoor at Highmoor."
        ),
        "alt_text": (
            "Rugby forwards in blue and in black bind together and push at a scrum."
        ),
        "iptc": {
            "byline": "Dev Okafor",
            "credit": "Action Images via Reuters/Dev Okafor",
            "source": "Action Images",
        },
        "xmp": None,
        "keywords": [
            "Rugby Union",
            "Union Championship",
            "Marcus Fairlie",
            "Ravensfield",
            "Highmoor",
        ],
        "scene": "scrum",
        "colours": [HIGHMOOR, RAVENSFIELD],
        "focus": 1,
    },
    "alder-vale-19-stonebridge-19": {
        "file_name": "whitcombe-lineout-paddock.jpg",
        "title": "Union Championship: Alder Vale vs Stonebridge",
        "caption": (
            "Stonebridge claim a lineout in the move that led to Dan "
            "Whitcombe's try during the Union Championship match against "
            "Alder Vale at the Paddock, Alder Vale."
        ),
        "alt_text": (
            "A rugby player in maroon is lifted at a lineout as opponents in "
            "yellow compete for the ball."
        ),
        "iptc": {"byline": "SIAN PROBERT", "credit": "PA"},
        "xmp": None,
        "keywords": [
            "Rugby Union",
            "Union Championship",
            "Dan Whitcombe",
            "Stonebridge",
            "Alder Vale",
        ],
        "scene": "lineout",
        "colours": [ALDER_VALE, STONEBRIDGE],
        "focus": 1,
    },
    "verbeek-beats-latham-harbourside-open-final": {
        "file_name": "verbeek-trophy-esplanade.jpg",
        "title": "Tennis: Harbourside Open, women's singles final",
        "caption": (
            "Ilse Verbeek of the Netherlands holds the trophy after beating "
            "Britain's Georgia Latham in the women's singles final of the "
            "Harbourside Open at the Esplanade Club, Harbourside."
        ),
        "alt_text": (
            "A tennis player dressed in white lifts a gold trophy on a grass court."
        ),
        "iptc": {
            "byline": "Rosalind Harte",
            "credit": "REUTERS/Rosalind Harte",
            "copyright": REUTERS_NOTICE,
        },
        "xmp": None,
        "keywords": [
            "Tennis",
            "Harbourside Open",
            "Ilse Verbeek",
            "Georgia Latham",
        ],
        "scene": "trophy",
        "colours": [TENNIS_WHITES, TENNIS_WHITES],
    },
    "pryce-stuns-castellari-harbourside-open-semi-final": {
        "file_name": "pryce-semi-final-esplanade.jpg",
        "title": "Tennis: Harbourside Open, men's singles semi-final",
        "caption": (
            "Britain's Oliver Pryce celebrates winning his men's singles "
            "semi-final against Matteo Castellari of Italy at the Harbourside "
            "Open at the Esplanade Club, Harbourside."
        ),
        "alt_text": (
            "A tennis player in white clenches his fist in celebration, racket in hand."
        ),
        "iptc": {
            "byline": "Gareth Pembury",
            "credit": "Gareth Pembury/PA Wire/PA Images",
            "source": "PA",
        },
        "xmp": None,
        "keywords": [
            "Tennis",
            "Harbourside Open",
            "Oliver Pryce",
            "Matteo Castellari",
        ],
        "scene": "celebration",
        "colours": [TENNIS_WHITES, TENNIS_WHITES],
        "gesture": "fist",
    },
    "interview-oliver-pryce": {
        "file_name": "pryce-esplanade-file.jpg",
        "title": "Tennis: Oliver Pryce",
        "caption": (
            "Britain's Oliver Pryce celebrates a point during a match on the "
            "grass courts of the Esplanade Club, Harbourside."
        ),
        "alt_text": (
            "Close-up of a tennis player in white holding his racket aloft, "
            "the stands blurred behind him."
        ),
        "iptc": {"credit": "(AP Photo/Lorenzo Abati, File)", "source": "AP"},
        "xmp": None,
        "keywords": ["Tennis", "Oliver Pryce"],
        "scene": "portrait",
        "colours": [TENNIS_WHITES, TENNIS_WHITES],
        "gesture": "fist",
    },
}
