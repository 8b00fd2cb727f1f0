"""The Label Studio labelling configuration (XML) for the record's fields.

One ``<Labels>`` control with a label per field, the article in one ``<Text>``,
and for each label the per-region controls of its attributes, shown when a
region of that label is selected. Relations: ``rank_of`` (rank -> official),
``mention_of`` (a later mention -> the first mention of its program or official).
"""
from __future__ import annotations

from xml.sax.saxutils import quoteattr

from .spec import LABEL_NAME, LABELS, MENTION_OF, RANK_OF, TASK_ATTRS, TEXT_NAME, Attr, Label, task_control


def label_config() -> str:
    """The whole configuration, ready for a project's ``label_config``."""
    parts = ['<View>',
             f'  <Header value="$id"/>',
             f'  <Labels name="{LABEL_NAME}" toName="{TEXT_NAME}">']
    parts += [f'    <Label value="{lb.name}" background="{lb.colour}"/>' for lb in LABELS]
    parts += ['  </Labels>',
              f'  <Text name="{TEXT_NAME}" value="$text"/>',
              '  <Relations>',
              f'    <Relation value="{RANK_OF}"/>',
              f'    <Relation value="{MENTION_OF}"/>',
              '  </Relations>',
              '  <Header value="The article" size="5"/>']
    for attr in TASK_ATTRS:
        parts += ["  " + line for line in _control(task_control(attr), attr, per_region=False)]
    for label in LABELS:
        parts += _region_view(label)
    parts.append('</View>')
    return "\n".join(parts) + "\n"


def _region_view(label: Label) -> list[str]:
    head = " (first mention only: later mentions take a mention_of relation)" if label.grouped else ""
    out = [f'  <View visibleWhen="region-selected" whenLabelValue="{label.name}">',
           f'    <Header value={quoteattr(label.name + head)} size="6"/>']
    for attr in label.attrs:
        out += ["    " + line for line in _control(attr.control(label.name), attr)]
    out.append('  </View>')
    return out


def _control(name: str, attr: Attr, per_region: bool = True) -> list[str]:
    common = f'name="{name}" toName="{TEXT_NAME}"' + (' perRegion="true"' if per_region else "")
    if attr.kind in ("text", "number", "lines"):
        rows = 3 if attr.kind == "lines" else 1
        hint = f' placeholder={quoteattr(attr.key + ": " + attr.hint)}' if attr.hint else f' placeholder="{attr.key}"'
        submissions = "" if attr.kind == "lines" else ' maxSubmissions="1"'
        return [f'<TextArea {common} editable="true" rows="{rows}"{submissions}{hint}/>']
    lines = [f'<Header value="{attr.key}" size="6"/>',
             f'<Choices {common} choice="single" showInline="true">']
    lines += [f'  <Choice value={quoteattr(value)}/>' for value in attr.options()]
    return lines + ['</Choices>']
