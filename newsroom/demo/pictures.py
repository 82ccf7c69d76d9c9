"""Stylised sports pictures for the demo desk, drawn with Pillow alone.

`draw_scene` paints an illustrated match picture: stands full of fans, a pitch
with mowing stripes and markings, players in kit built from ellipses, polygons
and thick lines, a ball, and a telephoto look (the background is painted at
half size and blurred, the players are drawn sharp at twice the size and scaled
down, which smooths their edges). The same seed always gives the same picture;
different seeds move the camera, the players and their poses.

`wire_jpeg` packages a picture the way a wire service delivers it: a JPEG with
an XMP packet and/or an IPTC block holding the caption, title, keywords and
credit of a photo dict from `newsroom.demo.galleries`.

No Django here: the demo loader, tests and scripts can all use it.
"""

from __future__ import annotations

import math
import random
from functools import lru_cache
from io import BytesIO

from PIL import Image, ImageChops, ImageDraw, ImageFilter

SIZE = (1600, 1067)

SCENES = (
    "celebration",
    "header",
    "save",
    "tackle",
    "crowd",
    "huddle",
    "lineout",
    "scrum",
    "bowling",
    "batting",
    "trophy",
    "portrait",
)
SPORTS = ("football", "rugby", "cricket", "tennis")

# Gestures a photo may ask of its main figure -> the pose that draws it.
GESTURES = {
    "applaud": "front_applaud",
    "fist": "front_fist",
    "arms_up": "front_up",
    "arms_wide": "front_wide",
    "knee_slide": "knee_slide",
    "drive": "bat",
    "raised_bat": "bat_raised",
}

# Scenes that only happen in one sport; the rest default to football.
SCENE_SPORT = {
    "huddle": "rugby",
    "lineout": "rugby",
    "scrum": "rugby",
    "bowling": "cricket",
    "batting": "cricket",
}
# A photo's first keyword names its sport, as on the wires.
KEYWORD_SPORT = {
    "soccer": "football",
    "football": "football",
    "rugby": "rugby",
    "rugby union": "rugby",
    "cricket": "cricket",
    "tennis": "tennis",
}

FAR = 0.5  # the background is painted at half size...
NEAR = 2  # ...the players at twice the size

WHITE = (246, 246, 242)
NAVY = (28, 34, 62)
BOOTS = ((20, 20, 22), (235, 235, 235), (240, 90, 40), (40, 200, 220))
SKINS = (
    (241, 200, 166),
    (224, 172, 130),
    (198, 140, 98),
    (150, 98, 64),
    (110, 70, 46),
    (82, 52, 36),
)
HAIRS = ((25, 20, 18), (58, 38, 26), (96, 64, 38), (190, 150, 90), (150, 70, 30))
CROWD_CLOTHES = ((40, 40, 46), (70, 72, 80), (200, 200, 200), (120, 40, 40))
ADVERTS = (
    (210, 40, 50),
    (30, 90, 200),
    (250, 200, 40),
    (20, 20, 24),
    (40, 170, 110),
    (240, 240, 240),
    (130, 60, 180),
)
GOLD = (222, 180, 70)
CRICKET_STRIP = (214, 196, 142)


# --- Colours ---------------------------------------------------------------


def _shade(colour, factor):
    return tuple(max(0, min(255, round(c * factor))) for c in colour)


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _luma(colour):
    r, g, b = colour
    return 0.299 * r + 0.587 * g + 0.114 * b


def _distance(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))


def _kit(colour, sport):
    """A whole kit from a team's main colour, the same for every player."""
    colour = tuple(colour)
    light = _luma(colour) > 150
    kit = {
        "shirt": colour,
        "shorts": NAVY if light else WHITE,
        "socks": colour,
        "trim": NAVY if light else WHITE,
        "long_legs": False,
        "long_sleeves": False,
    }
    if sport == "rugby":
        kit["shorts"] = (24, 24, 30) if not light or _luma(colour) > 200 else WHITE
        kit["socks"] = colour
    elif sport == "cricket":
        if _luma(colour) > 200:  # whites for the long form of the game
            kit.update(shirt=WHITE, shorts=WHITE, socks=WHITE, trim=(30, 60, 120))
        else:
            kit.update(shorts=colour, socks=colour, trim=_shade(colour, 0.6))
        kit["long_legs"] = True
    elif sport == "tennis":
        kit["shorts"] = WHITE if not light else _shade(colour, 0.5)
        kit["socks"] = WHITE
    return kit


def _keeper_kit(colours, sport):
    options = ((236, 214, 40), (40, 40, 44), (70, 200, 100), (240, 110, 40))
    best = max(options, key=lambda c: min(_distance(c, tuple(t)) for t in colours))
    kit = _kit(best, sport)
    kit["long_sleeves"] = True
    kit["gloves"] = _mix(best, WHITE, 0.5)
    return kit


# --- Canvas: one set of drawing calls for the far and the near layer ---------


class _Canvas:
    def __init__(self, image, scale):
        self.draw = ImageDraw.Draw(image, "RGBA")  # translucent fills blend
        self.s = scale

    def ellipse(self, cx, cy, rx, ry, fill):
        s = self.s
        self.draw.ellipse(
            (s * (cx - rx), s * (cy - ry), s * (cx + rx), s * (cy + ry)), fill=fill
        )

    def circle(self, cx, cy, r, fill):
        self.ellipse(cx, cy, r, r, fill)

    def chord(self, cx, cy, r, start, end, fill):
        s = self.s
        box = (s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r))
        self.draw.chord(box, start, end, fill=fill)

    def polygon(self, points, fill):
        s = self.s
        self.draw.polygon([(s * x, s * y) for x, y in points], fill=fill)

    def rect(self, x0, y0, x1, y1, fill):
        s = self.s
        self.draw.rectangle((s * x0, s * y0, s * x1, s * y1), fill=fill)

    def line(self, points, fill, width, caps=True):
        s = self.s
        points = [(s * x, s * y) for x, y in points]
        width = max(1, round(width * s))
        self.draw.line(points, fill=fill, width=width, joint="curve")
        if caps and width > 2:
            r = width / 2
            for x, y in (points[0], points[-1]):
                self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def outline(self, cx, cy, rx, ry, fill, width):
        s = self.s
        self.draw.ellipse(
            (s * (cx - rx), s * (cy - ry), s * (cx + rx), s * (cy + ry)),
            outline=fill,
            width=max(1, round(width * s)),
        )


# --- Players ---------------------------------------------------------------

# Angles in degrees from straight down; positive turns towards where the player
# faces (or outwards, for a player facing the camera). "an"/"af" are the near
# and far arm, "ln"/"lf" the near and far leg, each (upper, lower).
POSES = {
    "stand": {"lean": 2, "an": (10, 18), "af": (-8, 4), "ln": (4, -2), "lf": (-5, -3)},
    "walk": {
        "lean": 5,
        "an": (-20, 10),
        "af": (20, 45),
        "ln": (18, 2),
        "lf": (-14, -20),
    },
    "run": {
        "lean": 16,
        "an": (-45, 35),
        "af": (50, 125),
        "ln": (42, -8),
        "lf": (-30, -95),
    },
    "sprint": {
        "lean": 24,
        "an": (-60, 30),
        "af": (70, 140),
        "ln": (62, -5),
        "lf": (-35, -110),
    },
    "run_cheer": {
        "lean": 6,
        "head": -20,
        "an": (160, 172),
        "af": (150, 185),
        "ln": (40, -10),
        "lf": (-30, -95),
    },
    "run_ball": {
        "lean": 18,
        "an": (20, 100),
        "af": (45, 120),
        "ln": (45, -5),
        "lf": (-32, -100),
    },
    "header": {
        "lean": -4,
        "head": -28,
        "an": (100, 150),
        "af": (-75, -35),
        "ln": (35, -40),
        "lf": (-8, -75),
        "lift": 0.22,
    },
    "challenge": {
        "lean": 10,
        "head": -20,
        "an": (120, 160),
        "af": (60, 100),
        "ln": (20, -50),
        "lf": (-15, -60),
        "lift": 0.14,
    },
    "slide": {
        "lean": -62,
        "head": 25,
        "an": (110, 150),
        "af": (-25, -10),
        "ln": (84, 90),
        "lf": (55, -40),
    },
    "hurdle": {
        "lean": 22,
        "head": 10,
        "an": (95, 130),
        "af": (-70, -30),
        "ln": (75, 10),
        "lf": (-40, -110),
        "lift": 0.16,
    },
    "dive": {
        "lean": 98,
        "head": -5,
        "an": (118, 108),
        "af": (102, 96),
        "ln": (-96, -104),
        "lf": (-80, -118),
        "lift": 0.0,
    },
    "crouch": {
        "lean": 32,
        "head": -25,
        "an": (45, 85),
        "af": (60, 95),
        "ln": (78, -15),
        "lf": (62, -28),
    },
    "tackle": {
        "lean": 62,
        "head": -10,
        "an": (80, 40),
        "af": (95, 60),
        "ln": (-10, -30),
        "lf": (-40, -15),
    },
    "scrum": {
        "lean": 80,
        "head": -12,
        "an": (88, 92),
        "af": (80, 85),
        "ln": (-22, -40),
        "lf": (-38, -20),
    },
    "lifted": {
        "lean": 0,
        "head": -30,
        "an": (176, 182),
        "af": (170, 178),
        "ln": (8, -4),
        "lf": (-6, -10),
        "lift": 0.42,
    },
    "lifter": {
        "lean": 6,
        "head": -30,
        "an": (168, 172),
        "af": (160, 176),
        "ln": (22, -12),
        "lf": (-18, -6),
    },
    "bowl": {
        "lean": -12,
        "head": -6,
        "an": (178, 176),
        "af": (75, 55),
        "ln": (38, 18),
        "lf": (-48, -75),
    },
    "bat": {
        "lean": 26,
        "head": 18,
        "an": (48, 80),
        "af": (58, 88),
        "ln": (48, 4),
        "lf": (-24, -10),
        "bat": 28,
    },
    "bat_raised": {
        "lean": 0,
        "head": -10,
        "an": (168, 172),
        "af": (-10, 5),
        "ln": (6, 0),
        "lf": (-6, -2),
        "bat": 175,
    },
    "wicketkeep": {
        "lean": 40,
        "head": -30,
        "an": (65, 90),
        "af": (75, 95),
        "ln": (85, -10),
        "lf": (75, -20),
    },
    "knee_slide": {
        "lean": -22,
        "head": -30,
        "an": (150, 168),
        "af": (165, 178),
        "ln": (82, 4),
        "lf": (8, -92),
    },
    "fist_pump": {
        "lean": 4,
        "head": -12,
        "an": (40, 165),
        "af": (-15, 10),
        "ln": (10, 0),
        "lf": (-10, -4),
    },
    "applaud": {
        "lean": 3,
        "head": -8,
        "an": (45, 135),
        "af": (55, 140),
        "ln": (5, 0),
        "lf": (-5, -2),
    },
    "dejected": {
        "lean": 6,
        "head": 28,
        "an": (-28, 62),
        "af": (-20, 70),
        "ln": (6, 0),
        "lf": (-6, -2),
    },
    "head_in_hands": {
        "lean": 10,
        "head": 10,
        "an": (150, -70),
        "af": (155, -60),
        "ln": (8, 0),
        "lf": (-8, -4),
    },
    # Facing the camera (or away from it): angles turn outwards.
    "front_stand": {
        "lean": 0,
        "an": (10, 6),
        "af": (10, 6),
        "ln": (4, 0),
        "lf": (4, 0),
    },
    "front_wide": {
        "lean": 0,
        "head": -10,
        "an": (105, 130),
        "af": (112, 135),
        "ln": (14, 2),
        "lf": (6, -8),
    },
    "front_up": {
        "lean": 0,
        "head": -15,
        "an": (160, 172),
        "af": (158, 175),
        "ln": (10, 0),
        "lf": (10, 0),
    },
    "front_trophy": {
        "lean": 0,
        "head": -20,
        "an": (148, 205),
        "af": (148, 205),
        "ln": (9, 0),
        "lf": (9, 0),
    },
    "front_applaud": {
        "lean": 0,
        "head": 0,
        "an": (26, 252),
        "af": (26, 252),
        "ln": (5, 0),
        "lf": (5, 0),
    },
    "front_huddle": {
        "lean": 0,
        "head": 30,
        "torso": 0.85,
        "an": (96, 100),
        "af": (96, 100),
        "ln": (9, 0),
        "lf": (9, 0),
    },
    "front_huddle_left": {
        "lean": 0,
        "head": 30,
        "torso": 0.85,
        "an": (96, 100),
        "af": (12, 6),
        "ln": (9, 0),
        "lf": (9, 0),
    },
    "front_huddle_right": {
        "lean": 0,
        "head": 30,
        "torso": 0.85,
        "an": (12, 6),
        "af": (96, 100),
        "ln": (9, 0),
        "lf": (9, 0),
    },
    "front_fist": {
        "lean": 0,
        "head": -12,
        "an": (35, 172),
        "af": (14, 8),
        "ln": (6, 0),
        "lf": (6, 0),
    },
    "front_bat": {
        "lean": 0,
        "head": -10,
        "an": (150, 190),
        "af": (14, 8),
        "ln": (6, 0),
        "lf": (6, 0),
        "bat": 182,
    },
    "front_hands_head": {
        "lean": 0,
        "head": 10,
        "an": (140, 250),
        "af": (140, 250),
        "ln": (6, 0),
        "lf": (6, 0),
    },
}


def _vec(angle, sign):
    a = math.radians(angle)
    return math.sin(a) * sign, math.cos(a)


def _add(p, v, k=1.0):
    return p[0] + v[0] * k, p[1] + v[1] * k


def _lerp(p, q, t):
    return p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t


def _player(**fig):
    fig.setdefault("facing", 1)
    fig.setdefault("back", False)
    fig.setdefault("lift", None)
    return fig


def _skeleton(fig):
    """Joint positions of a player, in picture coordinates."""
    pose = POSES[fig["pose"]]
    h = fig["h"]
    facing = fig["facing"]
    frontal = facing == 0
    f = facing or 1
    lean = math.radians(pose["lean"])
    up = (math.sin(lean) * f, -math.cos(lean))
    across = (math.cos(lean), math.sin(lean) * f)
    torso = 0.32 * h * pose.get("torso", 1.0)
    hip = (0.0, 0.0)
    neck = _add(hip, up, torso)
    shoulder = _add(neck, up, -0.04 * h)
    if frontal:  # a bowed head sinks towards the chest
        head = _add(neck, up, 0.085 * h * (1 - 0.45 * max(0, pose.get("head", 0)) / 30))
    else:
        tilt = math.radians(pose["lean"] + pose.get("head", 0))
        head = _add(neck, (math.sin(tilt) * f, -math.cos(tilt)), 0.085 * h)
    if frontal:
        attach = {
            "an": (_add(shoulder, across, 0.112 * h), 1),
            "af": (_add(shoulder, across, -0.112 * h), -1),
            "ln": (_add(hip, across, 0.058 * h), 1),
            "lf": (_add(hip, across, -0.058 * h), -1),
        }
    else:
        attach = {
            "an": (_add(shoulder, across, 0.012 * h), f),
            "af": (_add(shoulder, across, -0.012 * h), f),
            "ln": (hip, f),
            "lf": (hip, f),
        }
    lengths = {"a": (0.18 * h, 0.17 * h), "l": (0.245 * h, 0.24 * h)}
    limbs = {}
    for name, (start, sign) in attach.items():
        upper, lower = pose[name]
        one, two = lengths[name[0]]
        mid = _add(start, _vec(upper, sign), one)
        end = _add(mid, _vec(lower, sign), two)
        limbs[name] = (start, mid, end, lower, sign)
    # Stand on the ground: the lowest foot, knee, hand or seat touches it.
    lowest = [limbs["ln"][2][1], limbs["lf"][2][1], limbs["ln"][1][1]]
    lowest += [limbs["lf"][1][1], limbs["an"][2][1], limbs["af"][2][1]]
    lowest.append(hip[1] + 0.06 * h)
    lift = fig["lift"] if fig["lift"] is not None else pose.get("lift", 0.0)
    dx = fig["x"]
    dy = fig["y"] - max(lowest) - 0.02 * h - lift * h

    def place(p):
        return p[0] + dx, p[1] + dy

    return {
        "hip": place(hip),
        "neck": place(neck),
        "shoulder": place(shoulder),
        "head": place(head),
        "up": up,
        "across": across,
        "limbs": {
            name: (place(a), place(b), place(c), lower, sign)
            for name, (a, b, c, lower, sign) in limbs.items()
        },
        "f": f,
        "frontal": frontal,
        "pose": pose,
    }


def _shadow(cv, fig, strength=90):
    h = fig["h"]
    lift = fig["lift"] if fig["lift"] is not None else POSES[fig["pose"]].get("lift", 0)
    rx = 0.2 * h * (1.6 if fig["pose"] in ("dive", "slide", "scrum") else 1.0)
    k = 1 / (1 + 2 * lift)
    cv.ellipse(fig["x"], fig["y"], rx * k, 0.035 * h * k, (0, 0, 0, strength))


def _draw_leg(cv, limb, fig, kit, dim):
    (hip, knee, ankle, lower, sign) = limb
    h = fig["h"]
    skin = _shade(fig["skin"], dim)
    shorts = _shade(kit["shorts"], dim)
    socks = _shade(kit["socks"], dim)
    wt, ws = 0.085 * h, 0.062 * h
    if kit["long_legs"]:
        cv.line([hip, knee, ankle], shorts, wt * 0.95)
        if fig.get("pads"):
            pad = _shade(WHITE, dim)
            cv.line([_lerp(knee, hip, 0.18), _lerp(knee, ankle, 0.92)], pad, wt * 1.05)
    else:
        cv.line([hip, knee], skin, wt)
        cv.line([knee, ankle], skin, ws)
        cv.line([_lerp(knee, ankle, 0.3), ankle], socks, ws * 1.08)
        cv.line(
            [_lerp(knee, ankle, 0.3), _lerp(knee, ankle, 0.36)],
            _shade(kit["trim"], dim),
            ws * 1.1,
            caps=False,
        )
        cv.line([hip, _lerp(hip, knee, 0.42)], shorts, wt * 1.2, caps=False)
    # The boot points forward, square to the shin.
    if fig["facing"] == 0:
        foot = _add(ankle, (0.0, 0.012 * h))
        cv.ellipse(foot[0], foot[1], 0.03 * h, 0.02 * h, _shade(fig["boots"], dim))
    else:
        toe = _add(ankle, _vec(lower + 90, sign), 0.075 * h)
        cv.line(
            [_add(ankle, _vec(lower + 90, sign), -0.01 * h), toe],
            fig["boots"],
            0.042 * h,
        )


def _draw_arm(cv, limb, fig, kit, dim):
    (shoulder, elbow, wrist, _lower, _sign) = limb
    h = fig["h"]
    skin = _shade(fig["skin"], dim)
    shirt = _shade(kit["shirt"], dim * 0.96)
    if kit["long_sleeves"]:
        cv.line([shoulder, elbow, wrist], shirt, 0.055 * h)
    else:
        cv.line([shoulder, elbow, wrist], skin, 0.046 * h)
        cv.line([shoulder, _lerp(shoulder, elbow, 0.55)], shirt, 0.062 * h)
    glove = kit.get("gloves") or fig.get("gloves")
    if glove:
        cv.circle(*wrist, 0.04 * h, _shade(glove, dim))
    else:
        cv.circle(*wrist, 0.027 * h, skin)


def _draw_torso(cv, sk, fig, kit):
    h = fig["h"]
    across = sk["across"]
    wide = 0.116 if sk["frontal"] else 0.078
    waist = 0.085 if sk["frontal"] else 0.068
    s, hip = sk["shoulder"], sk["hip"]
    s = _add(s, sk["up"], 0.02 * h)
    sl, sr = _add(s, across, -wide * h), _add(s, across, wide * h)
    hl, hr = _add(hip, across, -waist * h), _add(hip, across, waist * h)
    # Shorts (or trousers) first, then the shirt over the waistband.
    low = _add(hip, sk["up"], -0.06 * h)
    cv.polygon(
        [
            _add(hl, across, -0.01 * h),
            _add(hr, across, 0.01 * h),
            _add(low, across, 0.07 * h),
            _add(low, across, -0.07 * h),
        ],
        kit["shorts"],
    )
    cv.polygon([sl, sr, hr, hl], kit["shirt"])
    # Light from the upper left: the right half of the shirt is in shade.
    cv.polygon([s, sr, hr, hip], _shade(kit["shirt"], 0.86))
    cv.line([_lerp(sl, s, 0.55), _lerp(s, sr, 0.45)], kit["trim"], 0.018 * h)


def _draw_head(cv, sk, fig):
    h = fig["h"]
    hx, hy = sk["head"]
    r = 0.064 * h
    f = sk["f"]
    skin = fig["skin"]
    cv.line([sk["neck"], (hx, hy)], _shade(skin, 0.9), 0.05 * h)
    gear = fig.get("headgear")
    if fig["back"]:
        cv.circle(hx, hy, r, fig["hair"])
        if gear:
            cv.chord(hx, hy, r * 1.08, 180, 360, gear)
        return
    cv.circle(hx, hy, r, skin)
    # Shade on the side away from the light.
    cv.chord(hx, hy, r, 300, 60, _shade(skin, 0.9))
    if sk["frontal"]:
        cv.chord(hx, hy, r * 1.04, 175, 365, fig["hair"])
        for side in (-1, 1):
            cv.circle(hx + side * 0.35 * r, hy + 0.05 * r, 0.085 * r, (40, 30, 28))
            cv.ellipse(
                hx + side * r, hy + 0.15 * r, 0.12 * r, 0.2 * r, _shade(skin, 0.85)
            )
        if sk["pose"].get("head", 0) < -8:  # shouting
            cv.ellipse(hx, hy + 0.5 * r, 0.16 * r, 0.13 * r, (90, 30, 30))
    else:
        if f > 0:
            cv.chord(hx, hy, r * 1.05, 140, 320, fig["hair"])
        else:
            cv.chord(hx, hy, r * 1.05, 220, 400, fig["hair"])
        cv.circle(hx + f * 0.97 * r, hy + 0.08 * r, 0.13 * r, skin)
        cv.circle(hx + f * 0.5 * r, hy - 0.05 * r, 0.08 * r, (40, 30, 28))
        cv.ellipse(
            hx - f * 0.05 * r, hy + 0.12 * r, 0.11 * r, 0.17 * r, _shade(skin, 0.82)
        )
        if sk["pose"].get("head", 0) < -8:  # shouting
            cv.circle(hx + f * 0.72 * r, hy + 0.5 * r, 0.12 * r, (90, 30, 30))
    if gear == "helmet":
        cv.chord(hx, hy, r * 1.12, 170 if f > 0 else 190, 370 if f > 0 else 10, NAVY)
        front = hx + f * 0.8 * r
        for k in (0.15, 0.4, 0.65):
            cv.line(
                [(front, hy + k * r), (front + f * 0.45 * r, hy + k * r)],
                (200, 200, 200),
                0.01 * h,
            )
    elif gear:
        cv.chord(hx, hy, r * 1.1, 150, 390, gear)


def _draw_prop(cv, sk, fig):
    h = fig["h"]
    prop = fig.get("prop")
    pose = sk["pose"]
    hands = [sk["limbs"]["an"][2], sk["limbs"]["af"][2]]
    if prop == "bat":
        grip = hands[0]
        direction = _vec(pose.get("bat", 20), sk["f"])
        toe = _add(grip, direction, 0.5 * h)
        handle = _add(grip, direction, 0.14 * h)
        cv.line([grip, handle], (40, 40, 40), 0.02 * h)
        cv.line([handle, toe], (226, 204, 156), 0.055 * h)
        cv.line(
            [_lerp(handle, toe, 0.1), _lerp(handle, toe, 0.9)],
            (196, 170, 120),
            0.016 * h,
        )
    elif prop == "racket":
        grip = hands[0]
        turn = -20 if sk["frontal"] else 20  # away from the face
        direction = _vec(sk["limbs"]["an"][3] + turn, sk["limbs"]["an"][4])
        throat = _add(grip, direction, 0.1 * h)
        centre = _add(throat, direction, 0.09 * h)
        cv.line([grip, throat], (30, 30, 30), 0.022 * h)
        cv.outline(centre[0], centre[1], 0.07 * h, 0.07 * h, (30, 30, 30), 0.012 * h)
        cv.ellipse(centre[0], centre[1], 0.062 * h, 0.062 * h, (225, 225, 215, 110))
    elif prop == "trophy":
        x = (hands[0][0] + hands[1][0]) / 2
        size = 0.26 * h  # held by its base, above the hands
        _trophy(cv, x, min(hands[0][1], hands[1][1]) - 0.74 * size, size)
    elif prop == "rugby_ball":
        _rugby_ball(cv, *_lerp(hands[0], hands[1], 0.5), 0.06 * h, 30)


def _draw_player(cv, fig):
    sk = _skeleton(fig)
    kit = fig["kit"]
    limbs = sk["limbs"]
    if sk["frontal"]:
        if fig.get("legs", True):  # fans behind a wall show no legs
            _draw_leg(cv, limbs["lf"], fig, kit, 0.92)
            _draw_leg(cv, limbs["ln"], fig, kit, 1.0)
        behind = fig["pose"].startswith("front_huddle")
        if behind:
            _draw_arm(cv, limbs["af"], fig, kit, 0.9)
            _draw_arm(cv, limbs["an"], fig, kit, 0.9)
        _draw_torso(cv, sk, fig, kit)
        _draw_head(cv, sk, fig)
        if not behind:
            _draw_arm(cv, limbs["af"], fig, kit, 0.95)
            _draw_arm(cv, limbs["an"], fig, kit, 1.0)
    else:
        _draw_arm(cv, limbs["af"], fig, kit, 0.78)
        _draw_leg(cv, limbs["lf"], fig, kit, 0.8)
        _draw_torso(cv, sk, fig, kit)
        _draw_leg(cv, limbs["ln"], fig, kit, 1.0)
        _draw_head(cv, sk, fig)
        _draw_arm(cv, limbs["an"], fig, kit, 1.0)
    _draw_prop(cv, sk, fig)
    return sk


# --- Balls and props ---------------------------------------------------------


def _football(cv, x, y, r):
    cv.circle(x, y, r, (248, 248, 248))
    cv.chord(x, y, r, 10, 140, (206, 206, 210))
    for angle in (200, 320, 80):
        a = math.radians(angle)
        px, py = x + math.cos(a) * r * 0.55, y + math.sin(a) * r * 0.55
        cv.polygon(
            [
                (
                    px + math.cos(math.radians(angle + k * 72)) * r * 0.26,
                    py + math.sin(math.radians(angle + k * 72)) * r * 0.26,
                )
                for k in range(5)
            ],
            (40, 40, 48),
        )
    cv.circle(x - r * 0.35, y - r * 0.4, r * 0.18, (255, 255, 255))


def _rugby_ball(cv, x, y, r, angle):
    a = math.radians(angle)
    points = []
    for k in range(24):
        t = 2 * math.pi * k / 24
        px, py = math.cos(t) * r * 1.6, math.sin(t) * r
        points.append(
            (
                x + px * math.cos(a) - py * math.sin(a),
                y + px * math.sin(a) + py * math.cos(a),
            )
        )
    cv.polygon(points, (236, 232, 220))
    seam = [
        (x - math.cos(a) * r * 1.1, y - math.sin(a) * r * 1.1),
        (x + math.cos(a) * r * 1.1, y + math.sin(a) * r * 1.1),
    ]
    cv.line(seam, (180, 40, 40), r * 0.18)


def _trophy(cv, x, y, size):
    bowl = size * 0.32
    cv.chord(x, y, bowl, 0, 180, GOLD)
    cv.rect(x - bowl, y - bowl * 0.35, x + bowl, y + 1, GOLD)
    cv.ellipse(x, y - bowl * 0.35, bowl, bowl * 0.22, _mix(GOLD, WHITE, 0.35))
    for side in (-1, 1):
        cv.outline(
            x + side * bowl * 1.05,
            y + bowl * 0.1,
            bowl * 0.35,
            bowl * 0.4,
            GOLD,
            size * 0.03,
        )
    cv.line(
        [(x, y + bowl * 0.9), (x, y + size * 0.62)], _shade(GOLD, 0.85), size * 0.07
    )
    cv.rect(
        x - size * 0.16, y + size * 0.6, x + size * 0.16, y + size * 0.78, (60, 40, 30)
    )
    cv.line(
        [(x - bowl * 0.55, y - bowl * 0.1), (x - bowl * 0.4, y + bowl * 0.6)],
        (255, 240, 190),
        size * 0.04,
    )


def _stumps(cv, x, ground, height, colour=(240, 236, 222)):
    gap = height * 0.11
    for k in (-1, 0, 1):
        cv.line(
            [(x + k * gap, ground), (x + k * gap, ground - height)],
            colour,
            height * 0.045,
            caps=False,
        )
    cv.line(
        [
            (x - gap * 1.3, ground - height * 1.01),
            (x + gap * 1.3, ground - height * 1.01),
        ],
        colour,
        height * 0.03,
    )


# --- The setting: stands, boards and pitch --------------------------------------


class _Scene:
    def __init__(self, *, scene, colours, seed, size, sport, focus, gesture):
        self.rng = random.Random(f"{scene}:{seed}")  # noqa: S311 - pictures, not secrets
        self.scene = scene
        self.w, self.h = size
        self.sport = sport
        self.colours = [tuple(c) for c in colours] or [(200, 30, 40), (30, 80, 200)]
        if len(self.colours) == 1:
            self.colours.append(WHITE)
        self.focus = focus % 2
        self.gesture = GESTURES.get(gesture or "")
        self.kits = [_kit(c, sport) for c in self.colours]
        self.far_players = []
        self.near = []
        self.extras = []
        rng = self.rng
        self.horizon = self.h * rng.uniform(0.27, 0.4)
        # Figure height per pixel below the horizon: a low, pitch-side camera.
        self.k = rng.uniform(1.05, 1.3)
        self.blur = rng.uniform(1.4, 2.2)
        self.evening = rng.random() < 0.45
        self.crowd_cheer = 0.08
        self.stripes = rng.choice(("bands", "fan"))
        self.stand_bottom = None  # where the stands stop; the boards by default
        self.fan_scale = 1.0
        self.vanish = self.w * rng.choice((0.5, -2.0, 3.0, rng.uniform(0.2, 0.8)))

    # Players

    def person(self, team, x, y, pose, **extra):
        rng = self.rng
        fig = _player(
            x=x,
            y=y,
            h=extra.pop("h", None) or self.height_at(y),
            pose=pose,
            kit=self.kits[team] if isinstance(team, int) else team,
            skin=rng.choice(SKINS),
            hair=rng.choice(HAIRS),
            boots=rng.choice(BOOTS),
        )
        fig.update(extra)
        return fig

    def height_at(self, y):
        return max(4.0, self.k * (y - self.horizon))

    def ground_for(self, h):
        return self.horizon + h / self.k

    def background_players(self, count, teams=(0, 1)):
        rng = self.rng
        for _ in range(count):
            y = self.horizon + rng.uniform(0.03, 0.14) * self.h
            pose = rng.choice(("run", "walk", "stand", "sprint"))
            self.far_players.append(
                self.person(
                    rng.choice(teams),
                    rng.uniform(0, self.w),
                    y,
                    pose,
                    facing=rng.choice((-1, 1)),
                )
            )

    # Painting

    def paint_far(self):
        w, h = round(self.w * FAR), round(self.h * FAR)
        image = Image.new("RGB", (w, h), (30, 32, 36))
        cv = _Canvas(image, FAR)
        if self.sport == "cricket":
            self.paint_sky(cv, self.horizon * 0.45)
            self.paint_stands(cv, self.horizon * 0.45, self.horizon - 0.035 * self.h)
        elif self.sport == "tennis":
            self.paint_stands(cv, 0, self.horizon - 0.11 * self.h)
        else:
            roof = self.rng.uniform(0.0, 0.1) * self.h
            if roof > 0.03 * self.h:
                self.paint_roof(cv, roof)
            bottom = self.stand_bottom or self.horizon - 0.045 * self.h
            self.paint_stands(cv, roof, bottom)
        self.paint_boards(cv)
        self.paint_pitch(cv)
        self.paint_markings(cv)
        for fig in self.far_players + self.near:
            if fig.get("shadow", True):
                _shadow(cv, fig)
        for fig in sorted(self.far_players, key=lambda f: f["y"]):
            _draw_player(cv, fig)
        for extra in self.extras:
            if extra[0] == "far":
                extra[1](cv)
        image = image.filter(ImageFilter.GaussianBlur(self.blur))
        if self.evening:
            image = Image.blend(image, Image.new("RGB", image.size, (20, 30, 70)), 0.12)
        return image

    def paint_sky(self, cv, bottom):
        top, low = (120, 170, 220), (205, 225, 240)
        steps = 12
        for k in range(steps):
            cv.rect(
                0,
                bottom * k / steps,
                self.w,
                bottom * (k + 1) / steps + 1,
                _mix(top, low, k / steps),
            )
        rng = self.rng
        for _ in range(rng.randrange(2, 5)):
            x, y = rng.uniform(0, self.w), rng.uniform(0.1, 0.7) * bottom
            for _ in range(4):
                cv.ellipse(
                    x + rng.uniform(-60, 60),
                    y + rng.uniform(-10, 10),
                    rng.uniform(40, 90),
                    rng.uniform(12, 25),
                    (245, 247, 250),
                )

    def paint_roof(self, cv, bottom):
        cv.rect(0, 0, self.w, bottom, (46, 48, 56))
        cv.rect(0, bottom - 6, self.w, bottom, (90, 92, 100))
        x = self.rng.uniform(0, 80)
        glow = (255, 250, 220) if self.evening else (200, 205, 210)
        while x < self.w:
            cv.ellipse(x, bottom * 0.55, 14, 6, glow)
            x += self.rng.uniform(110, 180)

    def paint_stands(self, cv, top, bottom):
        # Thousands of fans: plain draw calls in layer pixels, for speed.
        rng, draw, k = self.rng, cv.draw, cv.s
        home, away = self.colours[self.focus], self.colours[1 - self.focus]
        seat = _shade(_mix(home, (60, 60, 70), 0.6), 0.7)
        step = _shade(seat, 0.7)
        cv.rect(0, top, self.w, bottom, seat)
        fans = [home] * 6 + [away] * 2 + list(CROWD_CLOTHES)
        cheer = self.crowd_cheer
        k *= self.fan_scale  # fans in a nearer stand are bigger, and fewer
        row = rng.uniform(15, 20) * k
        width = self.w * cv.s
        body, head, arm = 5 * k, 4.2 * k, 2 * k
        y, end = top * cv.s + row * 0.6, bottom * cv.s + row * 0.3
        while y < end:
            draw.rectangle((0, y + row * 0.45, width, y + row * 0.55), fill=step)
            x = rng.uniform(-8, 4) * k
            while x < width:
                if rng.random() < 0.93:
                    clothes = rng.choice(fans)
                    draw.rectangle((x - body, y, x + body, y + row * 0.8), fill=clothes)
                    if rng.random() < cheer:
                        draw.line(
                            [
                                (x - 4 * arm, y - 7 * arm),
                                (x - 2 * arm, y),
                                (x + 2 * arm, y),
                                (x + 4 * arm, y - 7 * arm),
                            ],
                            fill=clothes,
                            width=3,
                        )
                    draw.ellipse(
                        (x - head, y - 2 * k - head, x + head, y - 2 * k + head),
                        fill=rng.choice(SKINS),
                    )
                x += rng.uniform(10.5, 13.5) * k
            y += row

    def paint_boards(self, cv):
        rng = self.rng
        if self.sport == "tennis":
            cv.rect(0, self.horizon - 0.11 * self.h, self.w, self.horizon, (24, 70, 48))
            cv.rect(
                0,
                self.horizon - 0.11 * self.h,
                self.w,
                self.horizon - 0.105 * self.h,
                (200, 200, 190),
            )
            return
        top = self.horizon - (0.035 if self.sport == "cricket" else 0.045) * self.h
        x = rng.uniform(-200, 0)
        while x < self.w:
            width = rng.uniform(160, 320)
            colour = rng.choice(ADVERTS)
            cv.rect(x, top, x + width, self.horizon, colour)
            accent = WHITE if _luma(colour) < 150 else (30, 30, 36)
            mid = (top + self.horizon) / 2
            if rng.random() < 0.5:
                cv.rect(x + width * 0.2, mid - 3, x + width * 0.8, mid + 3, accent)
            else:
                cv.ellipse(
                    x + width / 2, mid, width * 0.18, (self.horizon - top) * 0.3, accent
                )
            x += width
        cv.rect(0, self.horizon - 2, self.w, self.horizon, (20, 20, 20))

    def pitch_greens(self):
        rng = self.rng
        if self.sport == "cricket":
            base = (82, 150, 66)
        elif self.sport == "tennis":
            base = (88, 150, 64)
        else:
            base = (48, 128, 56)
        base = _shade(base, rng.uniform(0.92, 1.06))
        return base, _shade(base, 1.13)

    def paint_pitch(self, cv):
        dark, light = self.pitch_greens()
        top = self.horizon
        cv.rect(0, top, self.w, self.h, dark)
        if self.stripes == "bands":
            depth = 1.0
            while True:
                y0 = top + self.h * 0.6 / depth
                y1 = top + self.h * 0.6 / (depth + 0.35)
                if y1 - top < 1:
                    break
                cv.rect(0, y1, self.w, y0, light)
                depth += 0.7
        else:
            spread = self.w * self.rng.uniform(0.22, 0.4)
            start = self.vanish - spread * 40
            for k in range(0, 80, 2):
                x0 = start + k * spread
                if x0 > self.w * 40 or x0 + spread < -self.w * 40:
                    continue
                cv.polygon(
                    [(self.vanish, top), (x0, self.h * 3), (x0 + spread, self.h * 3)],
                    light,
                )

    def ground_line(self, cv, y, width=3):
        cv.line(
            [(0, y), (self.w, y)],
            (235, 240, 235),
            width * (y - self.horizon) / (0.2 * self.h) + 1,
            caps=False,
        )

    def paint_markings(self, cv):
        rng = self.rng
        white = (232, 238, 232)
        if self.sport == "cricket":
            return
        if self.sport == "tennis":
            base = self.horizon + 0.09 * self.h
            self.ground_line(cv, base, 3)
            self.ground_line(cv, self.horizon + 0.35 * self.h, 4)
            for x in (0.08, 0.92):
                cv.line(
                    [
                        (self.w * (0.5 + (x - 0.5) * 0.55), base),
                        (self.w * (0.5 + (x - 0.5) * 2.5), self.h),
                    ],
                    white,
                    5,
                    caps=False,
                )
            return
        if rng.random() < 0.6:
            self.ground_line(cv, self.horizon + rng.uniform(0.04, 0.3) * self.h)
        if self.sport == "football" and rng.random() < 0.5:
            cx = rng.uniform(0.2, 0.8) * self.w
            cy = self.horizon + rng.uniform(0.08, 0.2) * self.h
            cv.outline(cx, cy, self.w * 0.35, (cy - self.horizon) * 0.7, white, 3)
        if self.sport == "rugby":
            x = rng.uniform(0.15, 0.85) * self.w
            base = self.horizon + 0.02 * self.h
            gap = 0.09 * self.w
            for side in (-1, 1):
                cv.line(
                    [(x + side * gap, base), (x + side * gap, base - 0.62 * self.h)],
                    (242, 242, 242),
                    7,
                    caps=False,
                )
                cv.rect(
                    x + side * gap - 9,
                    base - 0.06 * self.h,
                    x + side * gap + 9,
                    base,
                    self.colours[0],
                )
            cv.line(
                [(x - gap, base - 0.1 * self.h), (x + gap, base - 0.1 * self.h)],
                (242, 242, 242),
                6,
                caps=False,
            )

    def paint_near(self, base):
        image = base.resize((self.w * NEAR, self.h * NEAR), Image.Resampling.NEAREST)
        cv = _Canvas(image, NEAR)
        items = [(fig["y"], 0, k, fig) for k, fig in enumerate(self.near)]
        items += [
            (extra[2], 1, k, extra)
            for k, extra in enumerate(self.extras)
            if extra[0] == "near"
        ]
        for _y, kind, _k, item in sorted(items, key=lambda t: t[:3]):
            if kind == 0:
                _draw_player(cv, item)
            else:
                item[1](cv)
        for extra in self.extras:
            if extra[0] == "top":
                extra[1](cv)
        return image.reduce(NEAR)

    def render(self):
        getattr(self, f"compose_{self.scene}")()
        far = self.paint_far()
        far = ImageChops.multiply(far, _vignette(far.size))
        return self.paint_near(far)

    # Compositions, one per scene

    def compose_celebration(self):
        rng, w, h = self.rng, self.w, self.h
        team = self.focus
        self.crowd_cheer = 0.45
        if self.sport == "tennis":
            self.compose_portrait()
            return
        size = h * rng.uniform(0.62, 0.8)
        y = self.ground_for(size)
        x = w * rng.choice((0.38, 0.5, 0.62)) + rng.uniform(-40, 40)
        pose = rng.choice(("front_wide", "front_up", "knee_slide"))
        if self.gesture in ("front_wide", "front_up", "knee_slide", "front_fist"):
            pose = self.gesture
        facing = 0 if pose.startswith("front") else rng.choice((-1, 1))
        self.near.append(self.person(team, x, y, pose, facing=facing))
        for k in range(rng.randrange(2, 4)):
            side = -1 if k % 2 else 1
            ty = y - h * rng.uniform(0.05, 0.16)
            tx = x + side * w * rng.uniform(0.2, 0.36)
            pose = rng.choice(("run_cheer", "run_cheer", "run"))
            self.near.append(self.person(team, tx, ty, pose, facing=-side))
        self.background_players(rng.randrange(1, 3), teams=(1 - team,))
        for fig in self.far_players:
            fig["pose"] = rng.choice(("dejected", "head_in_hands"))

    def compose_header(self):
        rng, w, h = self.rng, self.w, self.h
        size = h * rng.uniform(0.5, 0.62)
        y = self.ground_for(size)
        x = w * rng.uniform(0.4, 0.6)
        facing = rng.choice((-1, 1))
        scorer = self.person(
            self.focus, x - facing * size * 0.12, y, "header", facing=facing, h=size
        )
        rival = self.person(
            1 - self.focus,
            x + facing * size * 0.18,
            y + 6,
            "challenge",
            facing=-facing,
            h=size * 0.97,
        )
        self.near += [rival, scorer]
        sk = _skeleton(scorer)
        bx, by = sk["head"]
        r = size * 0.06
        ball = (bx + facing * size * 0.1, by - size * 0.07)
        self.extras.append(("near", lambda cv: _football(cv, *ball, r), y + 10))
        self.background_players(rng.randrange(2, 5))

    def compose_save(self):
        rng, w, h = self.rng, self.w, self.h
        self.horizon = h * rng.uniform(0.36, 0.42)
        left = w * rng.uniform(-0.12, 0.08)
        right = left + w * rng.uniform(0.9, 1.1)
        ground = h * rng.uniform(0.86, 0.93)
        top = ground - (right - left) / 3

        def goal(cv):
            net = (235, 235, 235, 120)
            step = (right - left) / 26
            x = left
            while x <= right:
                cv.line(
                    [(x, top), (x + (x - (left + right) / 2) * 0.05, ground)],
                    net,
                    1.2,
                    caps=False,
                )
                x += step
            y = top
            while y <= ground:
                cv.line([(left, y), (right, y)], net, 1.2, caps=False)
                y += step
            post = (250, 250, 250)
            cv.line(
                [(left, ground), (left, top), (right, top), (right, ground)], post, 13
            )

        self.extras.append(("near", goal, ground - 30))
        size = (ground - top) * 0.95
        facing = rng.choice((-1, 1))
        x = w * rng.uniform(0.4, 0.6)
        keeper_kit = _keeper_kit(self.colours, self.sport)
        keeper = self.person(
            keeper_kit,
            x,
            ground + 4,
            "dive",
            facing=facing,
            h=size,
            lift=rng.uniform(0.3, 0.75),
        )
        self.near.append(keeper)
        hand = _skeleton(keeper)["limbs"]["an"][2]
        r = size * 0.058
        ball = (hand[0] + facing * r * 1.6, hand[1] - r * 0.4)
        self.extras.append(("near", lambda cv: _football(cv, *ball, r), ground + 10))
        self.crowd_cheer = 0.2

    def compose_tackle(self):
        rng, w, h = self.rng, self.w, self.h
        size = h * rng.uniform(0.52, 0.64)
        y = self.ground_for(size)
        facing = rng.choice((-1, 1))
        x = w * rng.uniform(0.4, 0.6)
        if self.sport == "rugby":
            carrier = self.person(
                1 - self.focus,
                x + facing * size * 0.12,
                y,
                "run_ball",
                facing=-facing,
                h=size,
                prop="rugby_ball",
            )
            tackler = self.person(
                self.focus,
                x - facing * size * 0.05,
                y + 8,
                "tackle",
                facing=facing,
                h=size * 0.98,
            )
            self.near += [carrier, tackler]
        else:
            slider = self.person(
                self.focus,
                x - facing * size * 0.2,
                y + 6,
                "slide",
                facing=facing,
                h=size,
            )
            runner = self.person(
                1 - self.focus,
                x + facing * size * 0.15,
                y,
                "hurdle",
                facing=-facing,
                h=size,
            )
            self.near += [runner, slider]
            foot = _skeleton(slider)["limbs"]["ln"][2]
            r = size * 0.055
            ball = (foot[0] + facing * r * 1.8, y - r)
            spray = [
                (
                    foot[0] + rng.uniform(-60, 60),
                    y - rng.uniform(0, 70),
                    rng.uniform(2, 5),
                )
                for _ in range(40)
            ]

            def turf(cv):
                for px, py, pr in spray:
                    cv.circle(
                        px,
                        py,
                        pr,
                        rng.choice(((70, 110, 40), (95, 75, 45), (60, 140, 60))),
                    )
                _football(cv, *ball, r)

            self.extras.append(("near", turf, y + 10))
        self.background_players(rng.randrange(2, 5))

    def compose_crowd(self):
        # Looking up at a stand: fans from the waist up behind the front wall.
        rng, w, h = self.rng, self.w, self.h
        self.crowd_cheer = 0.5
        self.blur = 1.6
        team = self.colours[self.focus]
        colours = [team] * 5 + [_mix(team, WHITE, 0.55)] + list(CROWD_CLOTHES)
        wall = h * rng.uniform(0.74, 0.82)
        self.horizon = wall + 0.15 * h  # a strip of pitch below the stand
        self.stand_bottom = wall - 0.22 * h  # the fans in front hide the rest
        self.fan_scale = 1.5
        fans = []
        for row in range(3):
            size = h * (0.42 + 0.16 * row)
            y = wall - h * (0.2 - 0.1 * row) + size * 0.62
            x = rng.uniform(-80, 0) + row * 37
            while x < w + 80:
                kit = _kit(rng.choice(colours), "football")
                kit["shorts"] = (40, 44, 60)
                pose = rng.choice(
                    (
                        "front_up",
                        "front_up",
                        "front_wide",
                        "front_applaud",
                        "front_fist",
                    )
                )
                fans.append(
                    self.person(
                        kit,
                        x,
                        y,
                        pose,
                        facing=0,
                        h=size,
                        shadow=False,
                        lift=0,
                        legs=False,
                    )
                )
                x += size * rng.uniform(0.36, 0.5)
        self.near += fans
        scarves = [fan for fan in fans if fan["pose"] == "front_up"][::2]
        boards = []
        x = rng.uniform(-200, 0)
        while x < w:
            boards.append((x, rng.uniform(260, 420), rng.choice(ADVERTS)))
            x += boards[-1][1]

        def front(cv):
            for fan in scarves:
                hands = _skeleton(fan)["limbs"]
                start, end = hands["af"][2], hands["an"][2]
                width = fan["h"] * 0.05
                cv.line([start, end], team, width)
                for k in (0.1, 0.35, 0.6, 0.85):
                    bar = [_lerp(start, end, k), _lerp(start, end, k + 0.07)]
                    cv.line(bar, _mix(team, WHITE, 0.8), width * 0.8, caps=False)
            # The front of the stand and its advertising boards.
            cv.rect(0, wall, w, self.horizon, (34, 36, 44))
            for x, width, colour in boards:
                cv.rect(x + 4, wall + 14, x + width - 4, wall + 0.09 * h, colour)
                accent = WHITE if _luma(colour) < 150 else (30, 30, 36)
                mark = (x + width * 0.25, wall + 0.05 * h, x + width * 0.75)
                cv.rect(*mark, wall + 0.06 * h, accent)

        self.extras.append(("top", front))

    def compose_huddle(self):
        rng, w, h = self.rng, self.w, self.h
        team = self.focus
        size = h * rng.uniform(0.6, 0.72)
        y = self.ground_for(size)
        centre = w * rng.uniform(0.42, 0.58)
        for row, count, spread, dy, scale, back in (
            (0, rng.randrange(5, 8), 1.6, -0.18, 0.82, False),
            (1, rng.randrange(3, 6), 2.1, 0.0, 1.0, True),
        ):
            for k in range(count):
                pose = "front_huddle"
                if k == 0:  # the outer arms at each end hang down
                    pose = "front_huddle_left"
                elif k == count - 1:
                    pose = "front_huddle_right"
                t = (k - (count - 1) / 2) / count
                self.near.append(
                    self.person(
                        team,
                        centre + t * size * spread,
                        y + dy * size + row * 12,
                        pose,
                        facing=0,
                        h=size * scale,
                        back=back,
                    )
                )
        self.background_players(rng.randrange(1, 4))

    def compose_lineout(self):
        rng, w, h = self.rng, self.w, self.h
        size = h * rng.uniform(0.42, 0.5)
        y = self.ground_for(size)
        x = w * rng.uniform(0.4, 0.6)
        facing = rng.choice((-1, 1))
        team = self.focus
        jumper = self.person(team, x, y - 4, "lifted", facing=facing, h=size, lift=0.45)
        rival = self.person(
            1 - team,
            x + facing * size * 0.32,
            y - 8,
            "lifted",
            facing=-facing,
            h=size,
            lift=0.3,
        )
        lifters = [
            self.person(
                team, x - facing * size * 0.2, y, "lifter", facing=facing, h=size
            ),
            self.person(
                team, x + facing * size * 0.12, y + 6, "lifter", facing=-facing, h=size
            ),
            self.person(
                1 - team,
                x + facing * size * 0.55,
                y - 10,
                "lifter",
                facing=-facing,
                h=size * 0.96,
            ),
        ]
        self.near += [rival, jumper, *lifters]
        for k in range(2, 5):
            self.near.append(
                self.person(
                    team,
                    x - facing * size * 0.4 * k,
                    y - 14 * k,
                    "stand",
                    facing=facing,
                    h=size * (1 - 0.04 * k),
                )
            )
            self.near.append(
                self.person(
                    1 - team,
                    x + facing * size * (0.3 + 0.4 * k),
                    y - 14 * k - 6,
                    "stand",
                    facing=-facing,
                    h=size * (1 - 0.04 * k),
                )
            )
        hand = _skeleton(jumper)["limbs"]["an"][2]
        ball = (hand[0], hand[1] - size * 0.05)
        self.extras.append(
            (
                "top",
                lambda cv: _rugby_ball(cv, *ball, size * 0.05, rng.uniform(-40, 40)),
            )
        )

    def compose_scrum(self):
        rng, w, h = self.rng, self.w, self.h
        size = h * rng.uniform(0.46, 0.56)
        y = self.ground_for(size)
        x = w * rng.uniform(0.42, 0.58)
        for team, facing in ((1 - self.focus, -1), (self.focus, 1)):
            for row in range(3):
                for k in range(2):
                    offset = size * (0.36 + 0.5 * row) + k * 10
                    self.near.append(
                        self.person(
                            team,
                            x - facing * offset,
                            y + 4 - row * 3 - k * 10,
                            "scrum",
                            facing=facing,
                            h=size,
                        )
                    )
        self.near.sort(key=lambda f: f["y"])
        side = rng.choice((-1, 1))
        half = self.person(
            self.focus,
            x + side * size * 0.25,
            y + size * 0.08,
            "crouch",
            facing=-side,
            h=size * 1.02,
            prop="rugby_ball",
        )
        referee = self.person(
            _kit((40, 160, 160), "rugby"),
            x + size * 0.6,
            y - size * 0.15,
            "stand",
            facing=-1,
            h=size * 0.86,
        )
        self.near += [referee, half]

    def compose_bowling(self):
        rng, w, h = self.rng, self.w, self.h
        self.horizon = h * rng.uniform(0.32, 0.4)
        far_end = self.horizon + h * 0.08
        size = h * rng.uniform(0.72, 0.86)
        y = h * 0.97
        mid = w * rng.uniform(0.45, 0.55)
        self.k = size / (y - self.horizon)

        def strip(cv):
            cv.polygon(
                [
                    (mid - 30, far_end - 6),
                    (mid + 30, far_end - 6),
                    (mid + 260, h + 40),
                    (mid - 260, h + 40),
                ],
                CRICKET_STRIP,
            )
            cv.line(
                [(mid - 40, far_end + 6), (mid + 40, far_end + 6)],
                (246, 246, 240),
                2,
                caps=False,
            )
            screen = self.horizon - 0.2 * h
            cv.rect(
                mid - 0.09 * w, screen, mid + 0.09 * w, self.horizon, (246, 246, 244)
            )

        self.extras.append(("far", strip))
        self.extras.append(
            (
                "near",
                lambda cv: _stumps(
                    cv, mid, far_end + 2, self.height_at(far_end) * 0.38
                ),
                far_end + 2,
            )
        )
        facing = rng.choice((-1, 1))
        batting = self.kits[1 - self.focus]
        self.near.append(
            self.person(
                batting,
                mid + 6,
                far_end + 4,
                "bat",
                facing=-facing,
                prop="bat",
                pads=True,
                headgear="helmet",
            )
        )
        self.near.append(
            self.person(
                self.focus,
                mid - 30,
                far_end - 6,
                "wicketkeep",
                facing=-facing,
                gloves=(240, 240, 230),
                headgear=_shade(self.colours[self.focus], 0.6),
            )
        )
        umpire = _kit((235, 232, 220), "cricket")
        umpire["shirt"], umpire["long_sleeves"] = (236, 234, 226), True
        uy = self.horizon + h * 0.23
        self.near.append(
            self.person(
                umpire,
                mid + facing * 0.12 * w,
                uy,
                "stand",
                facing=-1,
                headgear=(30, 30, 30),
            )
        )
        self.near.append(
            self.person(
                self.focus,
                mid - facing * 0.14 * w,
                y,
                "bowl",
                facing=-facing if rng.random() < 0.5 else facing,
                h=size,
            )
        )

    def compose_batting(self):
        rng, w, h = self.rng, self.w, self.h
        size = h * rng.uniform(0.6, 0.72)
        y = self.ground_for(size)
        facing = rng.choice((-1, 1))
        x = w * rng.uniform(0.4, 0.6)
        raised = rng.random() < 0.35
        if self.gesture in ("bat", "bat_raised"):
            raised = self.gesture == "bat_raised"

        def strip(cv):
            cv.polygon(
                [
                    (0, y - size * 0.14),
                    (w, y - size * 0.14),
                    (w, y + size * 0.1),
                    (0, y + size * 0.1),
                ],
                CRICKET_STRIP,
            )

        self.extras.append(("near", strip, 0))
        pose = "bat_raised" if raised else "bat"
        batter = self.person(
            self.focus,
            x,
            y,
            pose,
            facing=facing,
            h=size,
            prop="bat",
            pads=True,
            headgear="helmet",
        )
        stump_x = x - facing * size * 0.3
        self.extras.append(
            ("near", lambda cv: _stumps(cv, stump_x, y - 8, size * 0.38), y - 8)
        )
        if not raised:
            keeper = self.person(
                1 - self.focus,
                x - facing * size * 0.75,
                y - 12,
                "wicketkeep",
                facing=facing,
                h=size * 0.95,
                gloves=(240, 240, 230),
                headgear=_shade(self.colours[1 - self.focus], 0.6),
            )
            self.near.append(keeper)
            toe = _add(
                _skeleton(batter)["limbs"]["an"][2],
                _vec(POSES["bat"]["bat"], facing),
                0.5 * size,
            )
            r = size * 0.022
            ball = (toe[0] + facing * size * 0.08, toe[1] - size * 0.02)
            self.extras.append(
                (
                    "top",
                    lambda cv: (
                        cv.circle(*ball, r, (170, 25, 30)),
                        cv.circle(
                            ball[0] - r * 0.3,
                            ball[1] - r * 0.3,
                            r * 0.35,
                            (220, 90, 90),
                        ),
                    ),
                )
            )
        self.near.append(batter)
        self.background_players(rng.randrange(0, 3), teams=(1 - self.focus,))

    def compose_trophy(self):
        rng, w, h = self.rng, self.w, self.h
        self.crowd_cheer = 0.6
        team = self.focus
        size = h * rng.uniform(0.62, 0.74)
        # Close enough to crop the feet, so the trophy stays in the picture.
        y = self.ground_for(size) + 0.28 * size
        x = w * rng.uniform(0.44, 0.56)
        count = rng.randrange(5, 8)
        if self.sport == "tennis":  # a champion alone, closer to the camera
            count, size = 1, size * 1.1
            y = self.ground_for(size) + 0.2 * size
        for k in range(1, count):  # team-mates either side of the captain
            side = 1 if k % 2 else -1
            step = (k + 1) // 2
            self.near.append(
                self.person(
                    team,
                    x + side * step * size * 0.33,
                    y - step * 14,
                    rng.choice(("front_up", "front_wide", "front_applaud")),
                    facing=0,
                    h=size * (1 - 0.03 * step),
                )
            )
        self.near.append(
            self.person(team, x, y + 6, "front_trophy", facing=0, h=size, prop="trophy")
        )
        palette = [
            GOLD,
            (230, 230, 235),
            self.colours[team],
            _mix(self.colours[team], WHITE, 0.5),
        ]
        bits = [
            (
                rng.uniform(0, w),
                rng.uniform(0, h),
                rng.uniform(5, 13),
                rng.uniform(0, math.pi),
                rng.choice(palette),
            )
            for _ in range(160)
        ]

        def confetti(cv):
            for px, py, s, a, colour in bits:
                dx, dy = math.cos(a) * s, math.sin(a) * s
                cv.polygon(
                    [
                        (px - dx, py - dy),
                        (px + dx * 0.2 - dy * 0.4, py + dy * 0.2 + dx * 0.4),
                        (px + dx, py + dy),
                        (px - dx * 0.2 + dy * 0.4, py - dy * 0.2 - dx * 0.4),
                    ],
                    colour,
                )

        self.extras.append(("top", confetti))

    def compose_portrait(self):
        rng, w, h = self.rng, self.w, self.h
        self.blur = 3.0
        size = h * rng.uniform(1.45, 1.7)
        x = w * rng.choice((0.36, 0.5, 0.64)) + rng.uniform(-30, 30)
        y = h * rng.uniform(0.1, 0.16) + size
        extra = {}
        if self.sport == "tennis":
            pose = rng.choice(("front_fist", "front_up", "front_fist"))
            extra["prop"] = "racket"
        elif self.sport == "cricket":
            pose = "front_bat"
            extra.update(prop="bat", headgear="helmet")
        else:
            pose = rng.choice(("front_fist", "front_applaud", "front_up", "front_wide"))
        if (
            self.gesture
            and self.gesture.startswith("front")
            and self.sport != "cricket"
        ):
            pose = self.gesture
        self.near.append(
            self.person(self.focus, x, y, pose, facing=0, h=size, lift=0, **extra)
        )
        self.background_players(rng.randrange(0, 2))


@lru_cache(maxsize=4)
def _vignette(size):
    mask = Image.radial_gradient("L").resize((64, 64))
    mask = mask.point(lambda v: round(255 - 75 * max(0, (v - 100) / 155) ** 1.6))
    return mask.resize(size, Image.Resampling.BILINEAR).convert("RGB")


def draw_scene(
    *,
    scene: str,
    colours: list[list[int]],
    seed: int,
    size: tuple[int, int] = SIZE,
    sport: str | None = None,
    focus: int = 0,
    gesture: str | None = None,
) -> Image.Image:
    """A stylised sports picture, the same for the same arguments.

    `scene` is one of SCENES; `colours` the home and away kit colours as RGB.
    `sport` sets the ground (football pitch, rugby pitch with posts, cricket
    ground, grass court) and defaults to the scene's own sport. `focus` is the
    team (0 home, 1 away) the picture is about: the scorer, the lifted jumper.
    `gesture` (one of GESTURES) fixes what the main figure of a celebration,
    portrait or batting picture does, so that the picture matches its caption.
    """
    if scene not in SCENES:
        raise ValueError(f"Unknown scene {scene!r}; expected one of {SCENES}.")
    sport = sport or SCENE_SPORT.get(scene, "football")
    if sport not in SPORTS:
        raise ValueError(f"Unknown sport {sport!r}; expected one of {SPORTS}.")
    painter = _Scene(
        scene=scene,
        colours=colours,
        seed=seed,
        size=(int(size[0]), int(size[1])),
        sport=sport,
        focus=focus,
        gesture=gesture,
    )
    return painter.render()


# --- Packaging like a wire picture ---------------------------------------------

XMP_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
}


def _xml(text):
    return (
        str(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def _alt(name, text):
    return (
        f"<{name}><rdf:Alt>"
        f'<rdf:li xml:lang="x-default">{_xml(text)}</rdf:li>'
        f"</rdf:Alt></{name}>"
    )


def _list(name, container, items):
    lis = "".join(f"<rdf:li>{_xml(item)}</rdf:li>" for item in items)
    return f"<{name}><rdf:{container}>{lis}</rdf:{container}></{name}>"


def xmp_packet(
    *,
    title="",
    description="",
    creator="",
    rights="",
    credit="",
    source="",
    keywords=(),
    alt_text="",
):
    """An XMP packet with the usual Dublin Core and Photoshop properties."""
    creators = [creator] if isinstance(creator, str) else list(creator)
    properties = []
    if title:
        properties.append(_alt("dc:title", title))
    if description:
        properties.append(_alt("dc:description", description))
    if any(creators):
        properties.append(_list("dc:creator", "Seq", [c for c in creators if c]))
    if rights:
        properties.append(_alt("dc:rights", rights))
    if keywords:
        properties.append(_list("dc:subject", "Bag", keywords))
    if credit:
        properties.append(f"<photoshop:Credit>{_xml(credit)}</photoshop:Credit>")
    if source:
        properties.append(f"<photoshop:Source>{_xml(source)}</photoshop:Source>")
    if alt_text:
        properties.append(_alt("Iptc4xmpCore:AltTextAccessibility", alt_text))
    namespaces = " ".join(
        f'xmlns:{prefix}="{uri}"' for prefix, uri in XMP_NAMESPACES.items()
    )
    body = "\n   ".join(properties)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        f'  <rdf:Description rdf:about="" {namespaces}>\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


def photo_sport(photo):
    """The sport a photo dict shows, from its first keyword or its scene."""
    for keyword in photo.get("keywords", [])[:1]:
        if sport := KEYWORD_SPORT.get(keyword.lower()):
            return sport
    return SCENE_SPORT.get(photo["scene"], "football")


def wire_jpeg(photo: dict, *, seed: int, size: tuple[int, int] = SIZE) -> bytes:
    """The photo drawn and saved as a wire JPEG, metadata and all.

    `photo` is a dict as in `newsroom.demo.galleries`. Its "xmp" and "iptc"
    dicts say where the credit goes; the caption, title, keywords (and, in
    XMP, the alt text) are written into each block the photo has, unless the
    block sets them itself.
    """
    from .iptc import with_iptc

    image = draw_scene(
        scene=photo["scene"],
        colours=photo["colours"],
        seed=seed,
        size=size,
        sport=photo_sport(photo),
        focus=photo.get("focus", 0),
        gesture=photo.get("gesture"),
    )
    options = {"quality": 85}
    if (xmp := photo.get("xmp")) is not None:
        options["xmp"] = xmp_packet(
            title=xmp.get("title", photo["title"]),
            description=xmp.get("description", photo["caption"]),
            creator=xmp.get("creator", ""),
            rights=xmp.get("rights", ""),
            credit=xmp.get("credit", ""),
            source=xmp.get("source", ""),
            keywords=xmp.get("keywords", photo.get("keywords", [])),
            alt_text=xmp.get("alt_text", photo.get("alt_text", "")),
        )
    buffer = BytesIO()
    image.save(buffer, "JPEG", **options)
    jpeg = buffer.getvalue()
    if (iptc := photo.get("iptc")) is not None:
        fields = {
            "object_name": photo["file_name"].rsplit(".", 1)[0],
            "headline": photo["title"],
            "caption": photo["caption"],
            "keywords": photo.get("keywords", []),
            **iptc,
        }
        jpeg = with_iptc(jpeg, **fields)
    return jpeg
