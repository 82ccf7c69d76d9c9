from newsroom.content import ContentSitemap

from .models import Bulletin


class BulletinSitemap(ContentSitemap):
    def items(self):
        return Bulletin.objects.published()
