from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_GET

from mutual.concerns.queries import concern_index
from mutual.groups.forms import DirectorySearchForm
from mutual.groups.views import directory_page


@require_GET
def concern_list(request: HttpRequest) -> HttpResponse:
    index = concern_index()
    return render(request, "concerns/list.html", {"index": index, "roots": index.roots})


@require_GET
def concern_detail(request: HttpRequest, slug: str) -> HttpResponse:
    index = concern_index()
    if slug not in index.by_slug:
        raise Http404
    node = index.nodes[index.by_slug[slug]]
    params = QueryDict(mutable=True)
    params.update({"concern": slug})
    form = DirectorySearchForm(params)
    form.is_valid()
    context = directory_page(request, form)
    context.update(
        {
            "concern": node,
            "ancestors": index.ancestors(node.id),
            "children": [index.nodes[child] for child in node.children],
        }
    )
    return render(request, "concerns/detail.html", context)
