"""How long a desk waits for a batch upload, against making every rendition at once.

Ingests the same batch of wire-sized JPEGs twice, side by side in one run: once
as the service does (a few renditions now, the rest on first request), once
making every rendition eagerly. Prints both times and their ratio.

    make bench                      # 40 photos of 4000x2667
    .venv/bin/python -m benchmarks.ingest --photos 10 --size 6000x4000
"""

import argparse
import io
import os
import random
import tempfile
import time


def wire_jpeg(size, seed):
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, (40, 110, 50))
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randrange(10, width // 6), rng.randrange(10, height // 6)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x, y, x + w, y + h), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(1))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--size", default="4000x2667")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))

    media = tempfile.mkdtemp(prefix="newsroom-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
    import django
    from django.conf import settings

    django.setup()
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": f"{media}/public"},
        },
        "originals": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": f"{media}/originals"},
        },
    }
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)

    from django.core.files.uploadedfile import SimpleUploadedFile

    from galleries import services
    from galleries.renditions import FORMATS, SPECS

    print(f"Making {args.photos} JPEGs of {size[0]}x{size[1]} ...")
    batch = [wire_jpeg(size, seed) for seed in range(args.photos)]
    megabytes = sum(len(b) for b in batch) / 1024 / 1024
    print(f"  {megabytes:.1f} MB in all")

    def run(ingest_set):
        services.INGEST_RENDITIONS[:] = ingest_set
        files = [SimpleUploadedFile(f"{n}.jpg", b) for n, b in enumerate(batch)]
        start = time.perf_counter()
        report = services.photos_ingest(files=files)
        elapsed = time.perf_counter() - start
        assert len(report.photos) == len(batch), report.refused
        return elapsed

    lean = list(services.INGEST_RENDITIONS)
    eager = [(spec, fmt) for spec in SPECS for fmt in ("webp", "jpeg")]
    run(lean[:1])  # warm up imports and codecs
    ours = run(lean)
    everything = run(eager)

    print(f"ingest as shipped ({len(lean)} renditions a photo): {ours:6.1f} s")
    print(f"every rendition at once ({len(eager)} a photo):     {everything:6.1f} s")
    print(f"ratio eager / shipped: {everything / ours:.2f}")
    print(f"per photo as shipped: {ours / len(batch):.2f} s")
    print(f"formats available: {', '.join(FORMATS)}")
    connection.creation.destroy_test_db(":memory:", verbosity=0)


if __name__ == "__main__":
    main()
