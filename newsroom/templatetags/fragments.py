"""`{% fragment part %}…{% endfragment %}`: a block of the page kept while
what it shows is unchanged (see `newsroom.fragments`). `part` is the view's
`fragments.Part`; what its `prepare()` returns is in the block's context
when it is rendered. Without a part the block is simply rendered, and on a
preview a part is never read nor kept."""

from django import template

from newsroom.fragments import Part

register = template.Library()


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("Use {% fragment part %}.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(parser.compile_filter(bits[1]), nodelist)


class FragmentNode(template.Node):
    def __init__(self, part, nodelist):
        self.part = part
        self.nodelist = nodelist

    def render(self, context):
        part = self.part.resolve(context)

        def render(extra):
            with context.push(**extra):
                return self.nodelist.render(context)

        if not isinstance(part, Part):
            return render({})
        return part.render(render, kept=not context.get("preview"))
