"""Demo content for the Newsroom sports desk.

Fictional sections, authors and articles used to seed a development or demo
site. Every club, player, venue and person named here is invented.
"""

SECTIONS = [
    {
        "slug": "football",
        "name": "Football",
        "position": 1,
        "description": (
            "Match reports, analysis and news from the Premier "
            "Division, the Coronation Cup and beyond."
        ),
    },
    {
        "slug": "cricket",
        "name": "Cricket",
        "position": 2,
        "description": (
            "Coverage of the Shires Championship, the One-Day Cup and "
            "the Twenty20 Trophy, ball by ball and over by over."
        ),
    },
    {
        "slug": "rugby",
        "name": "Rugby",
        "position": 3,
        "description": (
            "Reports and reaction from every round of the Union "
            "Championship, from the front row to the final whistle."
        ),
    },
    {
        "slug": "tennis",
        "name": "Tennis",
        "position": 4,
        "description": (
            "News, results and interviews from the tour, with a close "
            "eye on the grass-court season."
        ),
    },
]

AUTHORS = [
    {
        "slug": "tom-ashworth",
        "name": "Tom Ashworth",
        "job_title": "Chief football writer",
        "bio": (
            "Tom has covered the Premier Division for the best part of "
            "two decades, reporting on five title races and more "
            "relegation scraps than he cares to count. He joined the "
            "desk from a regional evening paper, where he learned his "
            "trade at non-league grounds on wet midweek nights."
        ),
    },
    {
        "slug": "callum-reid",
        "name": "Callum Reid",
        "job_title": "Football reporter",
        "bio": (
            "Callum reports on the Premier Division and writes our "
            "weekly data column, which he insists is more interesting "
            "than it sounds. He grew up on the terraces at Abbey "
            "Fields and still cannot watch a penalty shoot-out without "
            "covering his eyes."
        ),
    },
    {
        "slug": "priya-raman",
        "name": "Priya Raman",
        "job_title": "Cricket correspondent",
        "bio": (
            "Priya has followed county cricket up and down the country "
            "for twelve summers, from packed finals days to near-empty "
            "fourth afternoons. She played club cricket as a "
            "wicketkeeper-batter and remains convinced that the "
            "four-day game is the finest format of all."
        ),
    },
    {
        "slug": "dafydd-morgan",
        "name": "Dafydd Morgan",
        "job_title": "Rugby union correspondent",
        "bio": (
            "Dafydd spent six seasons as a hooker in the lower leagues "
            "before swapping the scrum for the press box. He has "
            "covered the Union Championship since its first season and "
            "knows his way around every muddy car park in the "
            "competition."
        ),
    },
    {
        "slug": "helen-marsh",
        "name": "Helen Marsh",
        "job_title": "Tennis correspondent",
        "bio": (
            "Helen has reported from more than forty tournaments "
            "across four continents, though the grass courts of the "
            "early summer remain her favourite beat. Before turning to "
            "journalism she coached juniors at her local club, an "
            "experience she says taught her more about tennis than any "
            "press conference."
        ),
    },
]

ARTICLES = [
    {
        "slug": "harbourside-athletic-3-kingsbridge-rovers-2",
        "section": "football",
        "kicker": "Match report",
        "headline": (
            "Harbourside Athletic 3-2 Kingsbridge Rovers: Duru's late "
            "header opens four-point gap at the top"
        ),
        "standfirst": (
            "Emeka Duru rose highest two minutes from time to settle a "
            "ferocious top-of-the-table meeting at the Quayside and "
            "leave Ray Cutler's side in command of the Premier "
            "Division title race."
        ),
        "authors": ["tom-ashworth"],
        "days_ago": 1,
        "hour": 19,
        "status": "published",
        "home_position": 1,
        "body": (
            "<p>For 87 minutes this felt like a match that neither "
            "side could bear to lose, and so neither seemed likely to "
            "win it. Then Tomas Ibarra swung in a corner from the "
            "left, Emeka Duru climbed above two Kingsbridge defenders, "
            "and the Quayside, all 41,286 of it, came apart at the "
            "seams.</p><p>The 88th-minute header gave "
            "<strong>Harbourside Athletic</strong> a 3-2 win over "
            "their closest challengers and stretched their lead at the "
            "top of the Premier Division to four points with nine "
            "matches remaining. Kingsbridge Rovers, who arrived "
            "unbeaten in eleven league games, left with nothing but a "
            "sense of grievance about the penalty that had put the "
            "hosts ahead for a second time.</p><h2>A frantic opening "
            "half</h2><p>Harbourside started as though they had been "
            "told the match would last twenty minutes. Kasper Lunde "
            "scored after 12 of them, taking a short pass from Ibarra "
            "on the half-turn and drilling a low shot inside the near "
            "post from the edge of the area. Arlo Devereux, the "
            "Kingsbridge goalkeeper, got a glove to it but could not "
            "keep it out.</p><p>Stellan Voss's side needed a while to "
            "find their feet, but once they did they were dangerous. "
            "Sami Haddad equalised in the 34th minute with a finish of "
            "real composure, holding off Rhys Tallon before lifting "
            "the ball over the advancing Niko Brandt. Haddad now has "
            "17 league goals this season, two more than anyone else in "
            "the division.</p><h2>The penalty that changed the "
            "mood</h2><p>The decisive controversy came 13 minutes "
            "after the restart. Lunde went down under a challenge from "
            "the Kingsbridge captain, Owen Strickland, and the "
            "referee, Martin Aldred, pointed to the spot after a "
            "lengthy look at the pitchside monitor. Replays suggested "
            "contact, though not much of it. Tallon sent Devereux the "
            "wrong way.</p><p>To their credit, the visitors did not "
            "sulk. Billy Marchant, on as a half-time substitute, "
            "levelled in the 71st minute when he bundled home from "
            "close range after Brandt could only parry a fierce drive "
            "from Haddad. For a spell Kingsbridge looked the likelier "
            "winners, and Haddad struck the outside of the post with "
            "eight minutes left. Then came Duru, a centre-back who had "
            "not scored since the opening weekend, with a header so "
            "emphatic that Devereux barely "
            'moved.</p><blockquote><p>"We talk all the time about '
            "being ready for the moment when it matters, and today our "
            'players were ready," said the Harbourside manager, Ray '
            'Cutler. "Kingsbridge are a very good side and they made '
            "us suffer. Four points is nothing. But I would rather be "
            "four points ahead than four "
            'behind."</p></blockquote><p>Voss was less philosophical. '
            '"I have seen the penalty again and I still do not '
            'understand it," he said. "My players gave everything. We '
            "will be angry tonight, and then we will use "
            'it."</p><h3>Key moments</h3><ul><li><strong>12 '
            "min</strong> Lunde finishes low at the near post "
            "(1-0)</li><li><strong>34 min</strong> Haddad lifts the "
            "ball over Brandt (1-1)</li><li><strong>58 min</strong> "
            "Tallon converts a contested penalty "
            "(2-1)</li><li><strong>71 min</strong> Marchant scores "
            "from close range (2-2)</li><li><strong>88 min</strong> "
            "Duru heads in Ibarra's corner "
            "(3-2)</li></ul><p>Kingsbridge host Ashcombe United in the "
            "Coronation Cup semi-finals next, before a league trip to "
            "Wexley City, who are now third. The full standings are on "
            "our <a "
            'href="https://example.com/football/premier-division/table">Premier '
            "Division table</a>.</p>"
        ),
    },
    {
        "slug": "wexley-city-2-greyhaven-wanderers-0",
        "section": "football",
        "kicker": "Match report",
        "headline": (
            "Wexley City 2-0 Greyhaven Wanderers: Elland double lifts "
            "Ferrante's side into third"
        ),
        "standfirst": (
            "Marcus Elland scored in each half at Beacon Road as "
            "Wexley brushed aside a Greyhaven side who had plenty of "
            "the ball and precious little to show for it."
        ),
        "authors": ["callum-reid"],
        "days_ago": 1,
        "hour": 18,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Wexley City have made a habit this season of winning "
            "matches without ever appearing to break sweat, and this "
            "was another such afternoon at Beacon Road. Two goals from "
            "Marcus Elland were enough to see off a Greyhaven "
            "Wanderers side who passed the ball neatly, patiently and, "
            "for the most part, pointlessly.</p><p>The result lifts "
            "Paulo Ferrante's team above Ashcombe United into third "
            "place in the Premier Division, six points behind "
            "Harbourside Athletic, who beat Kingsbridge Rovers in the "
            "day's headline fixture. Greyhaven stay "
            "12th.</p><h2>Elland's instinct</h2><p>The opener, in the "
            "23rd minute, came from a move Ferrante will have enjoyed. "
            "Jamie Corrin won the ball back near halfway, Sefa Adeyemi "
            "played a first-time pass between two defenders, and "
            "Elland took a single touch before sliding the ball under "
            "Joris Maaskant.</p><p>Greyhaven's response was patient to "
            "the point of timidity. They moved the ball sideways "
            "across their back line for long stretches, and when they "
            "did venture forward, Wexley's centre-backs, Henrik "
            "Solberg and Aaron Pike, dealt with everything aimed at "
            "them. Greyhaven's only attempt on target before the "
            "interval was a tame header from Lewis Danforth that "
            "Ciaran Hale gathered at the second attempt.</p><h2>Second "
            "half settles it</h2><p>Lucas Aubert made a double change "
            "at half-time and for a quarter of an hour his side looked "
            "sharper. Danforth's volley flew narrowly wide, and Hale "
            "had to be alert to tip over a dipping shot from Mateo "
            "Ruiz. But the second goal, when it came, went to the home "
            "side. In the 64th minute Adeyemi's corner was flicked on "
            "at the near post and Elland, unmarked at the back stick, "
            "nodded in his 11th league goal of the "
            "campaign.</p><p>After that the contest drifted. Wexley "
            "were content to keep possession, the crowd of 27,904 were "
            "content to let them, and Greyhaven never found the "
            "urgency their modest position "
            'demands.</p><blockquote><p>"We did not play our best '
            "football, but sometimes the mark of a good team is "
            'winning when you are only at seventy per cent," said '
            'Ferrante. "Marcus is a striker who lives in the penalty '
            "area. Give him half a chance and he usually takes "
            'it."</p></blockquote><p>Aubert admitted his side had been '
            '"too polite". "We had the ball, but having the ball means '
            'nothing if you never hurt the opponent," he said. "That '
            "is on me as much as on the players. We have to be "
            'braver."</p><p>Wexley host Kingsbridge in the league '
            "next, a rematch of their recent Coronation Cup "
            "quarter-final, while Greyhaven travel to Redmoor Town. <a "
            'href="https://example.com/football/wexley-city">More '
            "Wexley City coverage</a>.</p>"
        ),
    },
    {
        "slug": "saltmarsh-albion-1-redmoor-town-1",
        "section": "football",
        "kicker": "Match report",
        "headline": (
            "Saltmarsh Albion 1-1 Redmoor Town: Brisco's stoppage-time "
            "stunner keeps both sides in trouble"
        ),
        "standfirst": (
            "Ten-man Redmoor were seconds away from a first away win "
            "since the autumn before Ollie Brisco struck, leaving the "
            "bottom two exactly where they started at the Marshes."
        ),
        "authors": ["callum-reid", "tom-ashworth"],
        "days_ago": 2,
        "hour": 22,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Ollie Brisco had barely touched the ball all evening. "
            "When he finally did, with 93 minutes on the clock and the "
            "Redmoor Town supporters already on their feet in "
            "anticipation of the final whistle, he struck it as "
            "sweetly as anything seen at the Marshes this "
            "season.</p><p>His half-volley from the edge of the area, "
            "which flew in off the underside of the bar, earned "
            "Saltmarsh Albion a 1-1 draw in a fraught meeting of the "
            "Premier Division's bottom two. It was a point that felt "
            "like a win for one side and a defeat for the other, even "
            "if the table suggests it did neither of them much "
            "good.</p><h2>Tarrant's free-kick</h2><p>Redmoor had been "
            "the better side in a scrappy first half and deserved "
            "their lead when it arrived in the 39th minute. Jordan "
            "Tarrant, awarded a free-kick 25 yards out after a clumsy "
            "challenge by the Saltmarsh captain, Luke Hembry, curled "
            "the ball over the wall and inside the post, leaving Dan "
            "Pettifer rooted to his line.</p><p>Saltmarsh improved "
            "after the break without creating much of note, and the "
            "balance of the game only tilted decisively in the 77th "
            "minute. Kieran Maddox, already booked, slid in late on "
            "Tom Akers near halfway and the referee, Claire Denholm, "
            "showed him a second yellow card. Steve Carrow, the "
            "Redmoor manager, flung his coat to the "
            "ground.</p><h2>Late pressure tells</h2><p>With an extra "
            "man, Graham Tuck sent on two more forwards and Saltmarsh "
            "laid siege to the Redmoor goal. Yusuf Demir had a shot "
            "blocked on the line and Akers headed over from six yards. "
            "Redmoor defended heroically, throwing bodies in front of "
            "everything, until the moment Brisco found a yard of "
            'space.</p><blockquote><p>"I said to the lads before the '
            "game that this would be decided by whoever wanted it most "
            'in the last ten minutes," said Tuck. "We kept going and '
            "we got our reward. It is one point, and it is not enough "
            "on its own. But you could feel what it meant to the "
            'people here."</p></blockquote><p>Carrow was left to '
            "reflect on another lead surrendered. Redmoor have now "
            "dropped 14 points from winning positions this season, "
            'more than any other side in the division. "We have to '
            'learn to see games out," he said. "A sending-off like '
            "that makes it very hard, but we cannot keep using it as "
            'an excuse."</p><p>Saltmarsh stay 19th, three points above '
            "Redmoor and five from safety, after a night watched by a "
            "crowd of 14,118. Both sides are back in action at the "
            "weekend. <a "
            'href="https://example.com/football/premier-division/relegation">Read '
            "our guide to the relegation run-in</a>.</p>"
        ),
    },
    {
        "slug": "brackenmoor-rangers-0-ashcombe-united-4",
        "section": "football",
        "kicker": "Match report",
        "headline": (
            "Brackenmoor Rangers 0-4 Ashcombe United: Achterberg "
            "double leaves Hollins under fire"
        ),
        "standfirst": (
            "Ruben Achterberg scored twice as Ashcombe strolled to "
            "their biggest away win in six years, and the home "
            "supporters at Heath Park turned on their manager long "
            "before the end."
        ),
        "authors": ["tom-ashworth", "callum-reid"],
        "days_ago": 4,
        "hour": 22,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>There are defeats that sting and defeats that linger, "
            "and this one, for Brackenmoor Rangers, will linger. "
            "Ashcombe United were ahead inside nine minutes, three up "
            "before the hour and might have had six. By the time "
            "Finlay Rusk added the fourth ten minutes from time, large "
            "parts of the 19,450 crowd had already decided where the "
            "blame lay.</p><p>Chants aimed at the dugout were audible "
            "from the moment Ruben Achterberg scored his second. Ian "
            "Hollins, in his second season in charge, stood motionless "
            "on the edge of his technical area and did not turn "
            "round.</p><h2>Ashcombe too quick, too sharp</h2><p>Niall "
            "Brennan's side were ruthless from the first whistle. "
            "Achterberg opened the scoring in the ninth minute, "
            "darting in front of his marker to turn in a low cross "
            "from Theo Banks, and Banks doubled the lead on the "
            "half-hour with a curling shot from 20 yards that the "
            "Brackenmoor goalkeeper, Sam Ridley, could only "
            "watch.</p><p>Brackenmoor's best moment came just before "
            "the interval, when Dominic Sallis headed against the "
            "crossbar from a corner. It was a brief flicker. Six "
            "minutes after the restart, Achterberg ran on to a long "
            "ball from the centre-back Idris Cole, shrugged off a "
            "challenge and finished across Ridley for his 14th goal of "
            "the season.</p><h3>Rusk adds the gloss</h3><p>Rusk, a "
            "19-year-old substitute making only his fourth senior "
            "appearance, completed the rout in the 80th minute, "
            "collecting a short corner and drilling the ball through a "
            "crowd of bodies. His celebration, a slightly bewildered "
            "jog towards the away end, was the happiest image of the "
            'night.</p><blockquote><p>"I told the players at half-time '
            "not to take anything for granted, because a team like "
            'Brackenmoor can always find a goal at home," said '
            'Brennan. "They listened. Our intensity stayed high for '
            "the whole game, and that is the most pleasing thing for "
            'me."</p></blockquote><h2>Player ratings: Ashcombe '
            "United</h2><ul><li><strong>Ruben Achterberg (9)</strong> "
            "Two goals, constant movement and a nightmare to "
            "mark.</li><li><strong>Theo Banks (8)</strong> Created the "
            "first and scored a beauty for the "
            "second.</li><li><strong>Idris Cole (8)</strong> Dominant "
            "in the air and the pass for the third was "
            "superb.</li><li><strong>Finlay Rusk (7)</strong> Took his "
            "chance on a night he will never "
            "forget.</li></ul><p>Hollins, asked afterwards whether he "
            'feared for his job, said it was "not a question for me". '
            "The win moves Ashcombe above Wexley City into third "
            "place, at least for now, while Brackenmoor remain 17th, "
            "only two points above the relegation zone. <a "
            'href="https://example.com/football/brackenmoor-rangers">Follow '
            "the latest from Heath Park</a>.</p>"
        ),
    },
    {
        "slug": "kingsbridge-rovers-2-wexley-city-1-coronation-cup",
        "section": "football",
        "kicker": "Match report",
        "headline": (
            "Kingsbridge Rovers 2-1 Wexley City: Strickland header "
            "sends Rovers into Coronation Cup semi-finals"
        ),
        "standfirst": (
            "Captain Owen Strickland headed the winner six minutes "
            "from time at Mill Lane as Kingsbridge came from behind to "
            "end Wexley's cup run and set up a last-four meeting with "
            "Ashcombe United."
        ),
        "authors": ["tom-ashworth"],
        "days_ago": 5,
        "hour": 22,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Owen Strickland has spent most of his nine years at "
            "Kingsbridge Rovers stopping goals rather than scoring "
            "them. He picked a good night to reverse the habit. The "
            "captain's towering header from a Jake Harrow free-kick in "
            "the 84th minute completed a comeback against Wexley City "
            "and carried Kingsbridge into the semi-finals of the "
            "Coronation Cup.</p><p>It was a tie worthy of a later "
            "round. Wexley, who have lost only four times in all "
            "competitions this season, took an early lead and "
            "protected it with real discipline for the rest of a tight "
            "first half. Kingsbridge needed patience and, in the end, "
            "a set piece.</p><h2>Elland strikes first</h2><p>Marcus "
            "Elland, so often Wexley's outlet, opened the scoring in "
            "the 15th minute. A long diagonal from Aaron Pike caught "
            "the Kingsbridge back line square and Elland, running "
            "clear, rounded Arlo Devereux and rolled the ball into an "
            "empty net. Mill Lane, sold out with 29,730 inside, fell "
            "silent.</p><p>Stellan Voss's side dominated possession "
            "from that point but rarely found a way through. Ciaran "
            "Hale, the Wexley goalkeeper, was not seriously tested "
            "until the 44th minute, when he pushed a Sami Haddad shot "
            "round the post.</p><h2>Haddad and the captain</h2><p>The "
            "equaliser arrived seven minutes into the second half. "
            "Billy Marchant chased a ball that seemed certain to run "
            "out of play, hooked it back across the six-yard box, and "
            "Haddad was there to tap in his 21st goal in all "
            "competitions.</p><p>Wexley were reduced to long spells "
            "without the ball, and Paulo Ferrante made three "
            "substitutions in an attempt to wrestle back control. "
            "Instead, with six minutes remaining, Harrow's free-kick "
            "from the right dropped perfectly and Strickland, having "
            "escaped the attentions of Henrik Solberg, powered his "
            'header into the top corner.</p><blockquote><p>"I do not '
            'get many of those, so I am going to enjoy it," Strickland '
            'said. "We were poor for twenty minutes and the manager '
            "let us know about it at half-time. The second half showed "
            "what this group is about. We want to go all the way "
            'now."</p></blockquote><p>Ferrante was gracious in defeat. '
            '"Kingsbridge deserved it," he said. "We defended well for '
            "a long time, but in the second half we stopped playing "
            "with courage, and against a team like that you get "
            'punished."</p><h3>What comes next</h3><p>The draw for the '
            "last four, made shortly after full-time, pairs "
            "Kingsbridge with Ashcombe United at Mill Lane, while "
            "Harbourside Athletic meet Orchard Vale in the other "
            "semi-final. <a "
            'href="https://example.com/football/coronation-cup">Full '
            "Coronation Cup coverage</a>.</p>"
        ),
    },
    {
        "slug": "greyhaven-wanderers-3-saltmarsh-albion-3",
        "section": "football",
        "kicker": "Match report",
        "headline": (
            "Greyhaven Wanderers 3-3 Saltmarsh Albion: Demir salvages "
            "a point in six-goal thriller"
        ),
        "standfirst": (
            "Lewis Danforth scored twice for Greyhaven, but a "
            "breathless afternoon at Abbey Fields ended level after "
            "Yusuf Demir's 89th-minute equaliser for the struggling "
            "visitors."
        ),
        "authors": ["callum-reid"],
        "days_ago": 8,
        "hour": 18,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Greyhaven Wanderers and Saltmarsh Albion served up the "
            "most entertaining match of the Premier Division season so "
            "far, and neither manager looked remotely pleased about "
            "it. Six goals, two penalty appeals turned down, a "
            "disallowed header and a late equaliser: this had "
            "everything except a defence.</p><h2>Danforth's fast "
            "start</h2><p>The home side were ahead after five minutes. "
            "Mateo Ruiz chipped a pass over the top and Lewis "
            "Danforth, timing his run perfectly, volleyed past Dan "
            "Pettifer. Saltmarsh were level in the 18th minute, "
            "though, when Ollie Brisco reacted first to a loose ball "
            "in the area and poked it in.</p><p>Ruiz restored "
            "Greyhaven's lead five minutes before half-time, curling a "
            "free-kick around the wall. Saltmarsh thought they had "
            "equalised again on the stroke of the interval, but a "
            "header from Tom Akers was ruled out for a push on the "
            "Greyhaven goalkeeper, Joris Maaskant, after a long "
            "check.</p><h2>A second half of swings</h2><p>Akers had "
            "his goal in the end. Ten minutes after the restart he "
            "rose to meet a Luke Hembry cross and made it 2-2. Lucas "
            "Aubert's side responded with their best spell of the "
            "game, and Danforth, lively throughout, scored his second "
            "with a low shot in the 70th minute after a neat exchange "
            "of passes with Ruiz.</p><p>It should have been enough. "
            "Greyhaven twice hit the woodwork on the counter-attack, "
            "and Danforth had a strong penalty appeal waved away. "
            "Instead, with a minute of normal time remaining, the "
            "substitute Yusuf Demir met a deflected cross on the "
            'half-volley to make it 3-3.</p><blockquote><p>"We showed '
            "great character to come from behind three times, and I am "
            'proud of that," said the Saltmarsh manager, Graham Tuck. '
            '"But I will be looking very hard at the goals we '
            "conceded, believe me. You cannot give away three every "
            "week and expect to stay in this "
            'league."</p></blockquote><p>Aubert was blunter still. "We '
            'had the game won twice and we gave it away twice," he '
            'said. "That is not bad luck. That is a lack of '
            "concentration, and it has happened too often this "
            'season."</p><h3>Where it leaves them</h3><p>The point '
            "lifts Saltmarsh off the bottom on goal difference, with "
            "Redmoor Town dropping to 20th, while Greyhaven remain in "
            "mid-table. The crowd of 22,640 will at least feel they "
            "got their money's worth. <a "
            'href="https://example.com/football/greyhaven-wanderers">More '
            "from Abbey Fields</a>.</p>"
        ),
    },
    {
        "slug": "orchard-vale-1-brackenmoor-rangers-2",
        "section": "football",
        "kicker": "Match report",
        "headline": (
            "Orchard Vale 1-2 Brackenmoor Rangers: Ogunleye eases the "
            "pressure on Hollins"
        ),
        "standfirst": (
            "Femi Ogunleye's late winner gave Brackenmoor a vital "
            "victory at Pippin Park, days after their heaviest home "
            "defeat of the season, and pushed Orchard Vale deeper into "
            "trouble."
        ),
        "authors": ["callum-reid"],
        "days_ago": 0,
        "hour": 17,
        "status": "draft",
        "home_position": None,
        "body": (
            "<p>Ian Hollins did not celebrate when Femi Ogunleye's "
            "shot hit the back of the net. He simply turned to his "
            "assistant, nodded once, and went back to scribbling in "
            "his notebook. After the week he has had, perhaps he could "
            "not quite believe it.</p><p>Brackenmoor Rangers' 2-1 win "
            "at Orchard Vale, secured by Ogunleye in the 81st minute, "
            "was their first away victory in the Premier Division "
            "since the opening month of the season. It comes only days "
            "after a 4-0 home defeat by Ashcombe United that provoked "
            "open hostility from their own supporters, and it moves "
            "them five points clear of Orchard Vale, who sit "
            "18th.</p><h2>Kerrigan gives the hosts the lead</h2><p>The "
            "early signs were ominous for the visitors. Orchard Vale "
            "pressed high and hard, and took the lead in the 20th "
            "minute when Ashley Kerrigan bent a shot into the far "
            "corner after Brackenmoor failed to clear a long throw. "
            "Sam Ridley, the goalkeeper who endured such a miserable "
            "night against Ashcombe, had no chance.</p><p>Yet "
            "Brackenmoor did not fold as they had in midweek. Dominic "
            "Sallis, who hit the bar in that defeat, made sure of his "
            "chance this time, heading in a Jamal Whitlock cross a "
            "minute before half-time to level the "
            "scores.</p><h2>Ogunleye makes the difference</h2><p>The "
            "second half was tense and often untidy, with neither side "
            "willing to commit too many players forward. Orchard Vale "
            "had the better of the chances, Kerrigan forcing Ridley "
            "into a sharp save at his near post and Ben Scollay "
            "glancing a header wide from a corner.</p><p>The decisive "
            "moment came from a mistake. Rob Haines, the Orchard Vale "
            "centre-back, dallied on the ball just inside his own "
            "half, and Ogunleye nipped in to steal it before running "
            "on to slot past Pete Lunn. The 1,900 travelling "
            "supporters behind that goal, many of whom had jeered "
            "Hollins so loudly earlier in the week, sang his "
            'name.</p><blockquote><p>"Football changes quickly, and I '
            "understand the frustration of our fans, because I feel it "
            'too," Hollins said. "Today the players showed they are '
            "fighting for each other, and that is all I ask. There is "
            "a long way to go, but this gives us something to build "
            'on."</p></blockquote><p>Orchard Vale, watched by a crowd '
            "of 16,002, have now lost four of their last five league "
            "matches, and their manager, Keith Brannagh, faces a "
            "difficult week of questions before the Coronation Cup "
            "semi-final against Harbourside Athletic.</p>"
        ),
    },
    {
        "slug": "analysis-harbourside-athletic-midfield-diamond",
        "section": "football",
        "kicker": "Analysis",
        "headline": (
            "How Harbourside's midfield diamond has left the Premier "
            "Division chasing shadows"
        ),
        "standfirst": (
            "Ray Cutler's switch to a narrow 4-4-2 early in the season "
            "has turned a good side into title favourites. We break "
            "down the patterns, the players and the one weakness "
            "rivals have yet to exploit."
        ),
        "authors": ["tom-ashworth", "callum-reid"],
        "days_ago": 3,
        "hour": 9,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>When Ray Cutler abandoned his favoured 4-3-3 after a "
            "chastening defeat at Wexley City early in the season, few "
            "at the Quayside expected the change to last. Harbourside "
            "Athletic had finished fourth the previous year playing "
            "with wingers. The supporters liked width and so, by his "
            "own admission, did the manager.</p><p>Nineteen league "
            "matches later, Harbourside have lost once, sit a point "
            "clear at the top of the Premier Division and are playing "
            "the most distinctive football in the country. The shape "
            "that made it possible is a midfield diamond, and it "
            "rewards a closer look.</p><h2>Ibarra at the "
            "tip</h2><p>The key figure is Tomas Ibarra. Used as a "
            "conventional winger last season, the playmaker now "
            "operates at the top of the diamond, drifting between the "
            "lines and threading passes into the channels for Kasper "
            "Lunde and Rhys Tallon. He has created 71 chances in the "
            "league, 23 more than any other player, and his presence "
            "forces opposing holding midfielders into a horrible "
            "choice: follow him and leave space behind, or stay put "
            "and let him turn.</p><h3>The shuttlers do the "
            "running</h3><p>Either side of him, Will Stannard and "
            "Jonas Fjeld cover enormous distances. According to the "
            "club's own tracking figures, the pair have averaged more "
            "than 12 kilometres per match, and their willingness to "
            "step out towards the touchline is what stops the narrow "
            "shape being overrun on the flanks.</p><h2>What the "
            "numbers say</h2><p>The statistical case for the system is "
            "compelling. Since the switch, Harbourside "
            "have:</p><ol><li>Conceded just 7.8 shots per game, the "
            "lowest figure in the division.</li><li>Won the ball back "
            "in the final third 9.4 times per match, up from 5.1 "
            "before the change.</li><li>Scored 14 goals from set "
            "pieces, helped by the aerial power of the centre-back "
            "Emeka Duru.</li></ol><p>That last figure is no accident. "
            "Because the diamond commits so many bodies centrally, "
            "Harbourside win a high number of corners from blocked "
            "shots and recycled attacks, and Ibarra's delivery does "
            "the rest.</p><h2>The weakness nobody has "
            "found</h2><p>There is a vulnerability, and Cutler knows "
            "it. When the full-backs push on, Harbourside can be "
            "exposed to quick switches of play, and their one defeat "
            "under the new system, at home to Ashcombe United, came "
            "from exactly that pattern. Ashcombe's wingers stayed high "
            "and wide, waited for the diagonal and scored twice on the "
            "break.</p><p>Few opponents have had the nerve to copy "
            "that approach. Kingsbridge Rovers, a point behind and the "
            "next visitors to the Quayside, may be the side to try. "
            "Stellan Voss has the pace in wide areas to make it work, "
            "and in Sami Haddad he has the division's leading scorer. "
            "For more on the challengers, read <a "
            'href="https://example.com/football/kingsbridge-pressing">our '
            "breakdown of the Kingsbridge press</a>.</p>"
        ),
    },
    {
        "slug": "preview-kingsbridge-rovers-v-ashcombe-united",
        "section": "football",
        "kicker": "Preview",
        "headline": (
            "Kingsbridge Rovers v Ashcombe United: Voss needs a "
            "response as cup semi-final looms"
        ),
        "standfirst": (
            "Stung by defeat at the Quayside, Kingsbridge host in-form "
            "Ashcombe at Mill Lane with a place in the Coronation Cup "
            "final at stake. Here is everything you need to know."
        ),
        "authors": ["tom-ashworth"],
        "days_ago": 0,
        "hour": 10,
        "status": "scheduled",
        "home_position": None,
        "body": (
            "<p>Not long ago Kingsbridge Rovers were daring to talk "
            "about a double. Now, after the 3-2 defeat at Harbourside "
            "Athletic that left them four points adrift in the title "
            "race, the Coronation Cup looks like their most realistic "
            "route to silverware this season. Ashcombe United, who "
            "arrive at Mill Lane for tonight's semi-final in "
            "irresistible form, will be in no mood to indulge "
            "them.</p><h2>The state of play</h2><p>Kingsbridge reached "
            "the last four by coming from behind to beat Wexley City "
            "2-1, with Owen Strickland heading the winner six minutes "
            "from time. Ashcombe have won five of their last six "
            "matches in all competitions, including a 4-0 demolition "
            "of Brackenmoor Rangers at Heath Park that was as complete "
            "a performance as any side has produced this "
            "season.</p><p>The sides drew 1-1 at Mill Lane in the "
            "league earlier in the campaign, Sami Haddad cancelling "
            "out a Ruben Achterberg opener. Niall Brennan's team are "
            "also the only side to have beaten Harbourside since the "
            "leaders changed shape, which tells you something about "
            "their nerve on the big occasion.</p><h2>Team "
            "news</h2><h3>Kingsbridge Rovers</h3><p>Strickland is "
            "expected to start despite the ankle knock he picked up at "
            "the Quayside, and Voss is likely to recall Billy "
            "Marchant, whose impact from the bench has been "
            "considerable. The goalkeeper Arlo Devereux trained fully "
            "this week.</p><h3>Ashcombe United</h3><p>Brennan has no "
            "new injury concerns. Finlay Rusk, the teenager who scored "
            "on only his fourth senior appearance at Brackenmoor, is "
            "pushing for a first start, but Theo Banks is certain to "
            "keep his place on the right of the attack.</p><h2>The key "
            "battle</h2><p>Much will depend on how Strickland and his "
            "partner in central defence cope with Achterberg's "
            "movement. The Ashcombe striker thrives against defenders "
            "who step up to engage him, and the Kingsbridge high line "
            "could play into his hands. At the other end, Haddad "
            "against Idris Cole promises to be a heavyweight "
            "contest.</p><ul><li><strong>Kick-off:</strong> 7.45pm, "
            "Mill Lane</li><li><strong>Referee:</strong> Rachel "
            "Onslow</li><li><strong>Last meeting:</strong> Kingsbridge "
            "1-1 Ashcombe (Premier Division)</li></ul><p>Our "
            "prediction: a tight, nervy evening, settled by one moment "
            "of quality. Kingsbridge to win 2-1 after extra time. "
            "Follow every kick on our <a "
            'href="https://example.com/live/kingsbridge-rovers-v-ashcombe-united">live '
            "blog</a> from 6.30pm.</p>"
        ),
    },
    {
        "slug": "westerdale-beat-eastmarch-by-six-wickets",
        "section": "cricket",
        "kicker": "Match report",
        "headline": (
            "Pelling's unbeaten century guides Westerdale to "
            "six-wicket win over Eastmarch"
        ),
        "standfirst": (
            "Joe Pelling batted through the final day for 112 not out "
            "as Westerdale chased 263 at Tanner's Field to go top of "
            "the Shires Championship first division."
        ),
        "authors": ["priya-raman"],
        "days_ago": 3,
        "hour": 18,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>There was a moment, shortly after lunch on the final "
            "day, when Westerdale's pursuit of 263 looked in danger of "
            "unravelling. Two wickets had fallen in three overs, the "
            "ball was spitting out of the footmarks, and the Eastmarch "
            "fielders were crowding the bat like gulls around a chip "
            "shop. Joe Pelling simply carried on.</p><p>The "
            "left-handed opener's unbeaten 112, compiled over five and "
            "a half hours of unflustered concentration, carried "
            "Westerdale to a six-wicket victory at Tanner's Field with "
            "14 overs to spare. The win, worth 19 points, lifts them "
            "to the top of the Shires Championship first division, "
            "three points ahead of Pennridge.</p><h2>Heatherington "
            "sets it up</h2><p>Westerdale's position was built on the "
            "third afternoon by Sam Heatherington. Eastmarch, 21 runs "
            "ahead on first innings, had reached 156 for two in their "
            "second and were threatening to bat their opponents out of "
            "the match. Heatherington, bowling with real hostility "
            "from the Pavilion End, then took four wickets for 11 runs "
            "in 29 balls. He finished with five for 61 and Eastmarch "
            "were all out for 241.</p><h2>The chase</h2><p>Westerdale "
            "began the last day on 58 without loss. Pelling and his "
            "opening partner, Dev Kumaran, added a further 49 before "
            "Kumaran was caught at slip off the leg-spinner Adil "
            "Farooqi for 46. Farooqi struck twice more either side of "
            "lunch, and when the captain, Hamish Tolley, was run out "
            "for 12, Westerdale were 151 for four and the contest was "
            "finely balanced.</p><h3>Rennie stands firm</h3><p>What "
            "followed was an unbroken stand of 112 between Pelling and "
            "the wicketkeeper Oscar Rennie, who made 54 not out from "
            "88 balls and attacked Farooqi whenever he dropped short. "
            "Pelling brought up his century, his third of the summer, "
            "with a clip through midwicket for four and marked it with "
            'nothing more than a raised bat.</p><blockquote><p>"You '
            'just try to keep it simple on a pitch like that," Pelling '
            'said. "Their spinners bowled really well and I was lucky '
            "a couple of times. Oscar took the pressure off me by "
            "playing his shots, and that made a huge "
            'difference."</p></blockquote><p>Tolley was quick to share '
            "the credit. \"Sam's spell won us the game as much as "
            'anything Joe did," he said. "To take four wickets in that '
            "heat, on that surface, was something "
            'special."</p><ul><li><strong>Eastmarch</strong> 318 (N '
            "Crewe 94, S Heatherington 3-70) and 241 (Heatherington "
            "5-61)</li><li><strong>Westerdale</strong> 297 (J Pelling "
            "68, A Farooqi 4-82) and 263-4 (Pelling 112 not out, O "
            "Rennie 54 not out, Farooqi "
            "3-77)</li><li><strong>Result:</strong> Westerdale won by "
            "six wickets. Westerdale 19 points, Eastmarch "
            "4</li></ul><p>Eastmarch, who have now lost two of their "
            "last three championship matches, travel to Pennridge "
            "next. <a "
            'href="https://example.com/cricket/shires-championship/table">See '
            "the Shires Championship table</a>.</p>"
        ),
    },
    {
        "slug": "lowfield-lynx-win-twenty20-trophy-final",
        "section": "cricket",
        "kicker": "Match report",
        "headline": (
            "Lassiter holds his nerve as Lowfield Lynx edge Pennridge "
            "Hawks to win Twenty20 Trophy"
        ),
        "standfirst": (
            "Needing 12 off the final over, Pennridge managed only "
            "four as Kit Lassiter produced a masterclass in death "
            "bowling to hand Lowfield their first white-ball title in "
            "11 years."
        ),
        "authors": ["priya-raman", "callum-reid"],
        "days_ago": 6,
        "hour": 22,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Kit Lassiter has bowled hundreds of final overs in his "
            "life: in the nets, in second XI games, in the back garden "
            "against his older brother. None of them carried the "
            "weight of this one. Pennridge Hawks needed 12 runs from "
            "six balls to win the Twenty20 Trophy, and Brody Fenn, who "
            "already had 71 to his name, was on strike.</p><p>Lassiter "
            "gave him almost nothing. Fenn squeezed a yorker away for "
            "a single, then watched from the other end as Harvey Nunn "
            "was beaten by a slower ball, beaten again by a yorker and "
            "bowled by the fourth delivery. The new batter scrambled a "
            "single, and Fenn, needing ten from the last ball, could "
            "only drive it for two. Lowfield Lynx were champions by "
            "seven runs in front of a sell-out crowd of 18,500 at the "
            "Crescent Ground.</p><h2>Marr's platform</h2><p>Lowfield "
            "chose to bat after winning the toss, and their captain, "
            "Ellis Marr, set the tone with 58 from 36 balls. He and "
            "Aaron Threlfall put on 79 for the second wicket, and "
            "although the middle order lost its way against the "
            "Pennridge spinners, a late flurry from the all-rounder "
            "Ravi Dhillon, 31 from 14 balls, hauled the total to 184 "
            "for six.</p><p>It looked about 15 runs short of par on a "
            "quick outfield, and Fenn made it look more so. The "
            "Pennridge opener struck four sixes in the powerplay alone "
            "and, with his side 68 for one after six overs, the trophy "
            "appeared to be heading to Pennridge.</p><h2>Qadri turns "
            "the tide</h2><p>The game changed when Lowfield turned to "
            "spin. Zain Qadri, a 22-year-old left-armer, took three "
            "for 18 in his four overs, dismantling the Pennridge "
            "middle order with a mixture of flight and accuracy. From "
            "101 for two, Pennridge slipped to 139 for six, and "
            "suddenly Fenn was running out of partners.</p><p>He kept "
            "swinging, and a six over long-on in the 19th over brought "
            "the equation down to 12 from the last. Marr threw the "
            'ball to Lassiter.</p><blockquote><p>"I just told myself '
            'to hit the blockhole and trust my hands," Lassiter said. '
            '"If he hits a good ball for six, fair play to him. But I '
            "was not going to give him anything in his arc. When the "
            "stumps went over I did not know whether to laugh or "
            'cry."</p></blockquote><p>Marr, who lifted the trophy to '
            "the loudest cheer of the day, dedicated the win to the "
            "Lowfield side that last won a white-ball title, several "
            'of whom were in the crowd. "They set the standard for '
            'this club," he said. "We wanted to give our supporters a '
            'day like that again."</p><p>Fenn, whose 74 not out came '
            'from 45 balls, was inconsolable. "It will hurt for a '
            'while," he said. <a '
            'href="https://example.com/cricket/twenty20-trophy/final-scorecard">Read '
            "the full scorecard</a>.</p>"
        ),
    },
    {
        "slug": "eastmarch-beat-lowfield-dls-one-day-cup-semi-final",
        "section": "cricket",
        "kicker": "Match report",
        "headline": (
            "Crewe's 88 and a Grange Road downpour send Eastmarch into "
            "the One-Day Cup final"
        ),
        "standfirst": (
            "Eastmarch beat Lowfield by 22 runs on the DLS method "
            "after rain ended the chase with 11 overs remaining, with "
            "the captain Nathan Crewe's fluent innings proving "
            "decisive."
        ),
        "authors": ["priya-raman"],
        "days_ago": 9,
        "hour": 20,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>The rain arrived at Grange Road at ten past six, swept "
            "in on a cold wind off the estuary, and did not relent. By "
            "half past seven the umpires had seen enough, and "
            "Eastmarch were through to the One-Day Cup final courtesy "
            "of a calculation rather than a catch.</p><p>Lowfield, "
            "chasing 287, were 169 for four after 39 overs when play "
            "was abandoned, 22 runs behind the Duckworth-Lewis-Stern "
            "par score of 191. It was not the ending anyone wanted, "
            "but there was little doubt that Eastmarch had been the "
            "better side for most of the day.</p><h2>Crewe leads from "
            "the front</h2><p>Nathan Crewe's 88 from 97 balls was the "
            "foundation of Eastmarch's 286 for seven. The captain came "
            "to the crease at 31 for two in the eighth over, with the "
            "ball nipping around under heavy skies, and spent his "
            "first half-hour simply surviving. Once the seamers tired, "
            "he opened his shoulders, striking nine fours and two "
            "sixes, the second of which cleared the old scoreboard at "
            "the River End.</p><p>He found a willing partner in Matty "
            "Rowe, who made 61, and a late assault from Ryan Pascoe, "
            "37 not out from 19 balls, added the runs that would "
            "ultimately matter.</p><h2>Lowfield's chase "
            "stalls</h2><p>Lowfield's reply never found its rhythm. "
            "Ellis Marr, so often their driving force, was bowled by "
            "Adil Farooqi for 24, playing around a googly, and Aaron "
            "Threlfall fell for 41 just as he was beginning to "
            "accelerate. With the clouds thickening, Lowfield knew "
            "they needed to stay ahead of the rate, and they never "
            "managed it.</p><h3>One eye on the sky</h3><p>The forecast "
            "had promised showers, and the Lowfield dressing room had "
            "the par scores pinned to the wall from the 20th over "
            "onwards. Their batters were 14 runs behind at the first "
            "interruption, which lasted only ten minutes, and fell "
            "further back after it as Farooqi and the seamer Jed "
            'Harker squeezed the scoring.</p><blockquote><p>"Nobody '
            "wants to win a semi-final like this, but we got ourselves "
            "into a position where the numbers were on our side, and "
            'that is the game," Crewe said. "I thought we bowled '
            "really well with the new ball. We deserved to be ahead "
            'when the rain came."</p></blockquote><p>Marr did not '
            'disagree. "We were behind the rate all day, and that is '
            'on us, not the weather," he said. Eastmarch will meet '
            "Westerdale or Pennridge in the final. <a "
            'href="https://example.com/cricket/one-day-cup">One-Day '
            "Cup fixtures and results</a>.</p>"
        ),
    },
    {
        "slug": "stonebridge-27-port-ellery-24",
        "section": "rugby",
        "kicker": "Match report",
        "headline": (
            "Stonebridge 27-24 Port Ellery: Castellan's last-gasp "
            "penalty settles a Quarry Lane epic"
        ),
        "standfirst": (
            "Rory Castellan, who hit a post with the final kick at "
            "Alder Vale a week earlier, made no mistake from 40 metres "
            "as Stonebridge climbed to second in the Union "
            "Championship."
        ),
        "authors": ["dafydd-morgan"],
        "days_ago": 2,
        "hour": 19,
        "status": "published",
        "home_position": 2,
        "body": (
            "<p>Rory Castellan spent much of the week replaying the "
            "moment his final-minute penalty at Alder Vale came back "
            "off the upright. Given a second chance, from 40 metres "
            "and slightly to the left of the posts, with the clock "
            "already red and Quarry Lane barely breathing, he did not "
            "waste it.</p><p>The fly-half's kick gave Stonebridge a "
            "27-24 victory over Port Ellery in a match that swung one "
            "way and then the other for 80 minutes. It lifts them to "
            "second in the <a "
            'href="https://example.com/rugby/union-championship/table">Union '
            "Championship table</a>, two points behind the leaders, "
            "Ravensfield, while Port Ellery had to settle for a losing "
            "bonus point.</p><h2>Penhallow's double</h2><p>Jack "
            "Penhallow, the Stonebridge wing, was the game's most "
            "dangerous runner. He scored the first try in the 11th "
            "minute, finishing a sweeping move from a lineout on "
            "halfway, and added his second in the 63rd, stepping "
            "inside two defenders after Castellan's cross-field kick "
            "had stretched the Port Ellery defence.</p><p>In between, "
            "the visitors gave as good as they got. Ben Tresize's try "
            "after 24 minutes came from relentless pick-and-go work "
            "close to the line, and Harry Colbourne's score early in "
            "the second half, moments after the flanker Iwan Prosser "
            "had put Stonebridge ahead, showed how dangerous Port "
            "Ellery can be on turnover ball.</p><h2>A grandstand "
            "finish</h2><p>When Luc Marchetti burrowed over in the "
            "74th minute and Danny Vosper converted from the touchline "
            "to make it 24-24, Port Ellery looked the likelier "
            "winners. Their scrum had begun to dominate, and "
            "Stonebridge were hanging on.</p><p>The decisive penalty "
            "came from the final breakdown. Gethin Rowlands, the "
            "Stonebridge replacement hooker, got his hands on the ball "
            "over a ruck, the Port Ellery support player went off his "
            "feet, and the referee, Neil Ashdown, had no "
            'hesitation.</p><blockquote><p>"I thought about Alder Vale '
            "for about half a second, and then I just focused on the "
            'routine," Castellan said. "The boys did all the hard work '
            "to win that penalty, so the least I could do was put it "
            'over."</p></blockquote><p>Colin Brabazon, the Stonebridge '
            "director of rugby, praised his side's resilience in front "
            'of a crowd of 12,870. "We were not at our best for long '
            'periods, but we found a way," he said. "A year ago this '
            "group would have lost that "
            'game."</p><h3>Scorers</h3><ul><li><strong>Stonebridge</strong> '
            "Tries: Penhallow 2, Prosser. Cons: Castellan 3. Pens: "
            "Castellan 2.</li><li><strong>Port Ellery</strong> Tries: "
            "Tresize, Colbourne, Marchetti. Cons: Vosper 3. Pen: "
            "Vosper.</li></ul>"
        ),
    },
    {
        "slug": "highmoor-13-ravensfield-31",
        "section": "rugby",
        "kicker": "Match report",
        "headline": (
            "Highmoor 13-31 Ravensfield: leaders stay top with "
            "bonus-point win on the moor"
        ),
        "standfirst": (
            "Marcus Fairlie scored twice in the second half as "
            "Ravensfield overcame wind, rain and a spirited Highmoor "
            "side to extend their unbeaten run to nine matches."
        ),
        "authors": ["dafydd-morgan", "callum-reid"],
        "days_ago": 7,
        "hour": 18,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>The wind came howling off the moor, the rain arrived "
            "sideways, and for 40 minutes Highmoor made life every bit "
            "as uncomfortable for Ravensfield as the weather did. Then "
            "the leaders found another gear, and the contest was over "
            "long before the final whistle.</p><p>Ravensfield's 31-13 "
            "win, secured with a bonus-point fourth try from Marcus "
            "Fairlie three minutes from time, keeps them top of the <a "
            'href="https://example.com/rugby/union-championship">Union '
            "Championship</a> and extends their unbeaten run to nine "
            "matches. Highmoor, who led early in the second half, slip "
            "to eighth.</p><h2>A battle with the elements</h2><p>Ewan "
            "Lockhart, the Highmoor fly-half, kicked two first-half "
            "penalties into the teeth of the gale, and his forwards, "
            "marshalled superbly by the lock Rob Tennant, held their "
            "own at scrum time. Ravensfield's only try before the "
            "break came from their scrum-half, Ollie Dunmore, who "
            "sniped from the base of a ruck in the 15th minute. Harry "
            "Ashenden converted and later added a penalty to give the "
            "visitors a 10-6 lead at the interval.</p><p>The home "
            "crowd of 9,412 found their voice four minutes after the "
            "restart, when the wing Declan Furze chased his own chip "
            "ahead and won the race to the touchdown. Lockhart's "
            "conversion, struck low and hard, put Highmoor 13-10 in "
            "front.</p><h2>Fairlie takes over</h2><p>What followed was "
            "a demonstration of why Ravensfield are favourites for the "
            "title. Fairlie, their powerful No 8, scored from a "
            "driving maul in the 52nd minute, and the centre Sam "
            "Keswick cut a superb line off Ashenden's flat pass to "
            "extend the lead on 66 minutes. Highmoor's tiring defence "
            "had no answer.</p><p>The bonus point, when it came, was a "
            "fitting reward for Fairlie, who carried 21 times, more "
            "than any other player on the pitch. He picked up from the "
            "base of a scrum five metres out and barged through two "
            'tacklers to score.</p><blockquote><p>"Conditions like '
            "that strip the game back to the basics, and in the first "
            'half we were not doing the basics well enough," said the '
            'Ravensfield captain, Seb Garside. "Credit to Highmoor, '
            "they made it a proper scrap. But our fitness told in the "
            "end, and a bonus point away from home is gold "
            'dust."</p></blockquote><h3>Key '
            "moments</h3><ul><li><strong>15 min</strong> Dunmore try, "
            "Ashenden converts (3-7)</li><li><strong>44 min</strong> "
            "Furze chases his own chip to score, Lockhart converts "
            "(13-10)</li><li><strong>52 min</strong> Fairlie scores "
            "from a driving maul (13-17)</li><li><strong>66 "
            "min</strong> Keswick breaks through "
            "(13-24)</li><li><strong>77 min</strong> Fairlie's second "
            "seals the bonus point (13-31)</li></ul>"
        ),
    },
    {
        "slug": "alder-vale-19-stonebridge-19",
        "section": "rugby",
        "kicker": "Match report",
        "headline": (
            "Alder Vale 19-19 Stonebridge: Castellan strikes the post "
            "as the Paddock holds its breath"
        ),
        "standfirst": (
            "A fierce, error-strewn contest ended all square after "
            "Rory Castellan's final-minute penalty came back off the "
            "upright, denying Stonebridge a first win at Alder Vale in "
            "five years."
        ),
        "authors": ["dafydd-morgan"],
        "days_ago": 9,
        "hour": 17,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Rory Castellan stood over the ball with the clock "
            "showing 81 minutes and the scores level at 19-19. A "
            "successful kick would have given Stonebridge a first win "
            "at the Paddock in five years. He struck it well, it "
            "drifted late in the swirling breeze, and it thudded "
            "against the right-hand upright. Alder Vale's players sank "
            "to their knees in relief.</p><p>A draw was a fair "
            "reflection of a contest in which neither side led by more "
            "than eight points. Both take two points from it, which "
            "leaves Stonebridge fourth and Alder Vale sixth in the "
            "Union Championship.</p><h2>A duel between the "
            "kickers</h2><p>For long periods this was a contest "
            "between two fly-halves. Will Penrose and Castellan traded "
            "penalties in the opening quarter, and it was only a smart "
            "try from the Alder Vale wing Cai Treharne, who finished "
            "in the corner after 22 minutes, that broke the pattern. "
            "Penrose missed the touchline conversion, the first of two "
            "he would come to regret.</p><p>Castellan's boot kept "
            "Stonebridge in touch, and two more penalties before the "
            "interval gave the visitors a 9-8 lead. Their pack, led by "
            "the tireless Iwan Prosser, was winning the collisions, "
            "and early in the second half the centre Dan Whitcombe "
            "took advantage, running a clever line off a lineout to "
            "score under the posts.</p><h2>Alder Vale fight "
            "back</h2><p>At 16-8 down, Alder Vale could have wilted. "
            "Instead they scrapped their way back into it. Penrose "
            "kicked a penalty on 58 minutes, and nine minutes later "
            "the flanker Josh Bellamy crashed over from close range "
            "after a series of scrums on the Stonebridge line. Penrose "
            "pushed the conversion wide, but the scores were "
            "level.</p><p>Castellan edged Stonebridge ahead again with "
            "a 72nd-minute penalty, only for Penrose to reply from 35 "
            "metres six minutes later, setting up the dramatic finale "
            "in front of a crowd of "
            '8,150.</p><blockquote><p>"Honestly, I could not watch '
            'that last kick," admitted Rhodri Tapper, the Alder Vale '
            'head coach. "We gave away a silly penalty at the end and '
            "we were lucky to get away with it. But I am proud of how "
            "the boys responded when they were eight points down. That "
            'shows real character."</p></blockquote><p>Castellan, who '
            'finished with 14 points, was philosophical. "It happens '
            'to every kicker," he said. "I will be back out practising '
            'this week, and next time it goes over." <a '
            'href="https://example.com/rugby/alder-vale">More reaction '
            "from the Paddock</a>.</p>"
        ),
    },
    {
        "slug": "verbeek-beats-latham-harbourside-open-final",
        "section": "tennis",
        "kicker": "Match report",
        "headline": (
            "Verbeek edges Latham in final-set tie-break to win the Harbourside Open"
        ),
        "standfirst": (
            "Ilse Verbeek saved a championship point before beating "
            "Britain's Georgia Latham 6-4 3-6 7-6 (7-5), ending the "
            "qualifier's remarkable run on the Esplanade grass."
        ),
        "authors": ["helen-marsh"],
        "days_ago": 0,
        "hour": 18,
        "status": "published",
        "home_position": 3,
        "body": (
            "<p>For two hours and 41 minutes Georgia Latham had the "
            "Centre Court crowd believing. She had come through "
            "qualifying, beaten two seeded players and, serving at 5-4 "
            "in the final set of the Harbourside Open final, she stood "
            "one point from the biggest title of her career. Ilse "
            "Verbeek took it away with a forehand that clipped the "
            "line, and then took everything else too.</p><p>The Dutch "
            "third seed won 6-4 3-6 7-6 (7-5) to claim her third tour "
            "title and her first on grass, a result that will lift her "
            "to a career-high No 14 when the new rankings are "
            "published.</p><h2>Verbeek's early control</h2><p>The "
            "opening set followed the pattern many expected. Verbeek, "
            "whose heavy forehand is well suited to the quick courts "
            "here, broke in the seventh game and served out the set "
            "without facing a break point. Latham, by contrast, looked "
            "tight, missing routine backhands and struggling to land "
            "her first serve.</p><p>Something changed at the start of "
            "the second. Latham began coming forward, slicing her "
            "backhand low and following it to the net, and Verbeek, "
            "who prefers a steady rhythm from the baseline, did not "
            "enjoy the disruption. Two breaks of serve gave the "
            "British player the set, and the crowd of 6,000 roared her "
            "on.</p><h2>The championship point</h2><p>The decider was "
            "tight and tense. Neither player faced a break point until "
            "Latham broke at 4-4 with a beautifully disguised lob, and "
            "she stepped up to serve for the title. At 40-30 she had "
            "her chance, but Verbeek stepped in and struck a forehand "
            "return that landed on the line. Two nervous errors "
            "followed, and the set was back on serve.</p><h3>How the "
            "tie-break unfolded</h3><ol><li>Verbeek won the first "
            "three points, including a mini-break on the Latham "
            "serve.</li><li>Latham fought back to 4-4 with a backhand "
            "pass down the line.</li><li>A double fault from Latham at "
            "5-5 handed Verbeek the decisive "
            "mini-break.</li><li>Verbeek closed it out with an "
            'unreturned serve out wide.</li></ol><blockquote><p>"When '
            "she had match point I honestly thought it was over, so I "
            'just told myself to swing freely and see what happens," '
            'Verbeek said. "Georgia played an incredible week and she '
            "will win a lot of matches on this surface. Today I was a "
            'little bit lucky."</p></blockquote><p>Latham, who will '
            "climb to a career-high No 38 despite the defeat, was "
            "close to tears at the trophy presentation but composed "
            'afterwards. "I am gutted, obviously, but I am also really '
            'proud," she said. "A week ago I was playing qualifying. I '
            'will take a lot from this."</p><p>Latham now heads into '
            "the rest of the grass season with a place in the main "
            "draws she could only dream of a month ago. <a "
            'href="https://example.com/tennis/harbourside-open/results">Full '
            "results from the Harbourside Open</a>.</p>"
        ),
    },
    {
        "slug": "pryce-stuns-castellari-harbourside-open-semi-final",
        "section": "tennis",
        "kicker": "Match report",
        "headline": (
            "Pryce stuns top seed Castellari to reach his first Harbourside Open final"
        ),
        "standfirst": (
            "Britain's Oliver Pryce served 19 aces and saved all five "
            "break points he faced in a 7-6 (7-3) 6-7 (4-7) 6-4 "
            "victory, setting up a final against Aleksander Noor."
        ),
        "authors": ["helen-marsh"],
        "days_ago": 1,
        "hour": 21,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Oliver Pryce had never beaten a top-ten player before "
            "this week. He has now done it twice. The 24-year-old from "
            "Kingsmere produced the finest performance of his career "
            "to beat the top seed, Matteo Castellari, 7-6 (7-3) 6-7 "
            "(4-7) 6-4 and reach the final of the Harbourside "
            "Open.</p><p>It is his first final at tour level, and it "
            "came in front of a Centre Court crowd who rose to him "
            "after every one of his 19 aces. He will face Aleksander "
            "Noor, the fifth seed, who beat Felix Amundsen 6-3 6-2 in "
            "a far more straightforward second "
            "semi-final.</p><h2>Serve, volley and nerve</h2><p>Pryce's "
            "game plan was simple and brave. He served big, followed "
            "his serve to the net whenever he could, and dared "
            "Castellari to pass him. The world No 4 is one of the "
            "finest returners on tour, but on the slick grass he could "
            "rarely get the ball low enough at the feet of the "
            "advancing Briton.</p><p>The first set went to a "
            "tie-break, in which two thumping forehand returns from "
            "Pryce gave him an early lead he never surrendered. "
            "Castellari, visibly irritated, raised his level in the "
            "second set and edged another tie-break after Pryce framed "
            "a volley at 4-5.</p><h2>The decisive break</h2><p>The "
            "third set was edgy. Pryce saved two break points at 2-2, "
            "one of them with a second-serve ace that drew an audible "
            "gasp from the stands, before the breakthrough arrived at "
            "4-4. Castellari, serving at 30-40, netted a routine "
            "backhand at the end of a long rally, and Pryce served out "
            'the match to love.</p><blockquote><p>"I have dreamed '
            "about days like this since I was a kid hitting balls "
            'against the garage door," Pryce said. "I knew I had to be '
            "aggressive, because if I let him dictate, he is just too "
            "good. I am so happy, but the job is not finished "
            'yet."</p></blockquote><p>Castellari was generous in '
            'defeat. "He served unbelievably and I had no rhythm on my '
            'return," he said. "On grass, when someone serves like '
            "this, sometimes you can only wait and hope. Today the "
            'chance did not come."</p><h3>Looking ahead to the '
            "final</h3><p>Noor leads the head-to-head 2-0 but has "
            "never played Pryce on grass, and he will have watched "
            "this performance with some concern. <a "
            'href="https://example.com/tennis/harbourside-open/draw">See '
            "the full draw</a>.</p>"
        ),
    },
    {
        "slug": "interview-oliver-pryce",
        "section": "tennis",
        "kicker": "Interview",
        "headline": (
            "Oliver Pryce: 'I stopped trying to be the next somebody "
            "and started being me'"
        ),
        "standfirst": (
            "A year after a wrist injury threatened his career, the "
            "British No 3 talks about a new coach, an old-fashioned "
            "game and why the grass season finally feels like home."
        ),
        "authors": ["helen-marsh"],
        "days_ago": 5,
        "hour": 10,
        "status": "published",
        "home_position": None,
        "body": (
            "<p>Oliver Pryce is early. He is sitting at a corner table "
            "in the players' lounge at the Esplanade Club on the eve "
            "of the Harbourside Open, with a pot of tea and the "
            "slightly wary expression of someone who has been asked "
            "the same questions for most of his adult life.</p><p>For "
            "years, the question was always a version of this one. Was "
            "he the next great British hope? The next this, the next "
            'that? "I got compared to pretty much everyone," he says, '
            'laughing. "At 17 it felt like a compliment. At 21 it felt '
            "like a weight. At some point I stopped trying to be the "
            'next somebody and started being me."</p><h2>The injury '
            "that changed everything</h2><p>The turning point, "
            "strangely, came during the worst period of his career. "
            "Fourteen months ago Pryce tore a tendon in his right "
            "wrist at a Challenger event and was told he might need "
            "surgery. He chose rehabilitation instead, and spent five "
            'months unable to hit a forehand.</p><p>"I watched a lot '
            'of tennis," he says. "Old matches, mostly. Players who '
            "served and volleyed, who came forward all the time. I "
            "realised I had spent years trying to be a baseliner "
            "because that is what everyone told me modern tennis was. "
            "But I am six foot four. I have big hands. Why was I "
            'standing four metres behind the baseline?"</p><h3>A new '
            "voice in his corner</h3><p>When he returned, he did so "
            "with a new coach, Dinah Forde, a former doubles "
            "specialist who had never worked with a singles player "
            "ranked inside the top 100. The partnership raised "
            "eyebrows. It has also produced the best results of his "
            "life: a climb from outside the top 300 to No 61, and a "
            "first tour quarter-final in the "
            'spring.</p><blockquote><p>"Dinah does not care what '
            "anyone else thinks. She just asks me what I want my "
            "tennis to look like, and then we work out how to build "
            'it," Pryce says. "She has made me braver. I am not scared '
            'of missing a volley any more."</p></blockquote><h2>Why '
            "grass feels like home</h2><p>Grass rewards exactly the "
            "style he has rebuilt. Pryce grew up in Kingsmere, a town "
            "with one indoor court and a row of grass courts at the "
            "local club that hardly anyone used. He played on them "
            'whenever he could. "It is the only surface where I feel '
            'like I know what is going to happen before it happens," '
            "he says.</p><p>His ambitions this week are modest, at "
            "least in public. He wants to win a round, then another. "
            "Privately, you suspect he expects more. As he leaves, he "
            "pauses at the door and glances at the draw pinned to the "
            'wall. "Top half," he says, to nobody in particular. "That '
            'will do." <a '
            'href="https://example.com/tennis/harbourside-open/order-of-play">Check '
            "the order of play</a>.</p>"
        ),
    },
]
