"""schema.org JSON-LD for the public pages, built from the models.

`news_article()` and `image_gallery()` describe a story and an "In pics"
gallery, photo credits included: every picture is an ImageObject with its
caption, credit, photographer and copyright notice. Pages render the result
with the `jsonld` filter, which serialises it safely.
"""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse

SOCIAL_SPEC = "16x9-1200"
LOGO = ("newsroom/logo.png", 600, 60)


def absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def organization(request):
    path, width, height = LOGO
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.NEWSROOM_SITE_NAME,
        "url": absolute(request, reverse("home")),
        "logo": {
            "@type": "ImageObject",
            "url": absolute(request, static(path)),
            "width": width,
            "height": height,
        },
    }


def person(request, author):
    return {
        "@type": "Person",
        "name": author.name,
        "url": absolute(request, author.get_absolute_url()),
    }


def image_object(request, photo, *, spec=SOCIAL_SPEC, caption=None):
    """A photo as schema.org sees it, credit and all."""
    rendition = photo.rendition(spec, "jpeg")
    width, height = _size(photo, spec, rendition)
    url = absolute(request, photo.rendition_url(spec, "jpeg"))
    data = {
        "@type": "ImageObject",
        "contentUrl": url,
        "url": url,
        "width": width,
        "height": height,
        "caption": caption if caption is not None else photo.caption,
        "creditText": photo.credit,
    }
    if photo.photographer_id:
        data["creator"] = {"@type": "Person", "name": photo.photographer.name}
    if photo.copyright:
        data["copyrightNotice"] = photo.copyright
    if photo.alt_text:
        data["description"] = photo.alt_text
    return data


def _size(photo, spec, rendition):
    if rendition is not None:
        return rendition.width, rendition.height
    if spec == SOCIAL_SPEC:
        return 1200, 675
    width = min(int(spec.removeprefix("w")), photo.width or 1200)
    ratio = (photo.height / photo.width) if photo.width and photo.height else 2 / 3
    return width, round(width * ratio)


def breadcrumbs(request, trail):
    """[(name, url)] from the home page down to the page itself."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": absolute(request, url),
            }
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def content_trail(item, *, middle=()):
    trail = [(settings.NEWSROOM_SITE_NAME, reverse("home"))]
    if item.section_id:
        trail.append((item.section.name, item.section.get_absolute_url()))
    trail += list(middle)
    trail.append((item.headline, item.get_absolute_url()))
    return trail


def _tags(request, item):
    teams = [
        {
            "@type": "SportsTeam",
            "name": t.name,
            "url": absolute(request, t.get_absolute_url()),
        }
        for t in item.teams.all()
    ]
    players = [
        {
            "@type": "Person",
            "name": p.name,
            "url": absolute(request, p.get_absolute_url()),
        }
        for p in item.players.all()
    ]
    return teams, players


def _creative_work(request, item, type_):
    url = absolute(request, item.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": type_,
        "headline": item.headline[:110],
        "name": item.headline,
        "description": item.description,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": item.published_at,
        "dateModified": item.modified_at,
        "author": [person(request, author) for author in item.byline_authors],
        "publisher": organization(request),
    }
    if item.section_id:
        data["articleSection"] = item.section.name
    teams, players = _tags(request, item)
    if teams or players:
        data["about"] = teams + players
        data["mentions"] = players + teams
        data["keywords"] = [thing["name"] for thing in teams + players]
    return data


def news_article(request, article):
    data = _creative_work(request, article, "NewsArticle")
    if article.lead_photo_id:
        data["image"] = [
            image_object(request, article.lead_photo, caption=article.lead_caption)
        ]
    return [data, breadcrumbs(request, content_trail(article))]


def image_gallery(request, gallery, items):
    data = _creative_work(request, gallery, "ImageGallery")
    data["associatedMedia"] = [
        image_object(request, item.photo, spec=_large(item.photo), caption=item.caption)
        for item in items
    ]
    if gallery.cover_id:
        data["image"] = [image_object(request, gallery.cover)]
    trail = content_trail(gallery, middle=[("In pictures", reverse("galleries:index"))])
    return [data, breadcrumbs(request, trail)]


def _large(photo):
    """The widest responsive rendition the photo allows, up to 1920."""
    widths = [w for w in (1920, 1280, 960, 640, 320) if w <= (photo.width or 1920)]
    return f"w{widths[0] if widths else 320}"


def social_image(request, photo):
    """The 1200-wide 16:9 picture social networks show, with its alt text."""
    if photo is None:
        return None
    rendition = photo.rendition(SOCIAL_SPEC, "jpeg")
    width, height = _size(photo, SOCIAL_SPEC, rendition)
    return {
        "url": absolute(request, photo.rendition_url(SOCIAL_SPEC, "jpeg")),
        "width": width,
        "height": height,
        "alt": photo.alt_text,
    }
