import io

from PIL import Image

from galleries.metadata import read_metadata
from newsroom.demo.iptc import with_iptc
from tests.galleries.images import image_bytes


def test_written_iptc_reads_back_exactly():
    jpeg = with_iptc(
        image_bytes((120, 80)),
        headline="Premier Division: Harbourside vs Kingsbridge",
        caption="Kasper Lunde scores the opener – a low shot inside the near post.",
        byline="Émile Duvallier",
        credit="AP",
        keywords=["Soccer", "Kasper Lunde"],
        date_created="20260312",
        time_created="211405+0100",
    )
    meta = read_metadata(Image.open(io.BytesIO(jpeg)))
    assert meta.title == "Premier Division: Harbourside vs Kingsbridge"
    assert meta.caption == (
        "Kasper Lunde scores the opener – a low shot inside the near post."
    )
    assert meta.byline == "Émile Duvallier"
    assert meta.credit == "AP"
    assert meta.keywords == ["Soccer", "Kasper Lunde"]
    assert meta.date_taken.isoformat() == "2026-03-12T21:14:05+01:00"
    assert meta.sources["caption"] == "IPTC"


def test_the_picture_still_decodes():
    jpeg = with_iptc(image_bytes((120, 80)), caption="Fine.")
    image = Image.open(io.BytesIO(jpeg))
    image.load()
    assert image.size == (120, 80)
