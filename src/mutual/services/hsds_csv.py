"""The HSDS export as the tabular datapackage: datapackage.json and one CSV per table.

The descriptor is HSDS 3.0's own; every table it names is written, empty when we have
nothing for it, so its foreign keys always point at a table that is there. Rows come from
the JSON objects of `mutual.services.hsds`, flattened by the arrays they sit in.
"""

import csv
import io
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from mutual.services.hsds import SCHEMA_DIR, Export, format_checker

Row = dict[str, Any]

# The arrays in an HSDS object whose items are rows of another table.
NESTED_TABLES = {
    "phones": "phone",
    "locations": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "languages": "language",
    "schedules": "schedule",
    "services": "service",
    "service_at_locations": "service_at_location",
    "attributes": "attribute",
}


@cache
def descriptor() -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / "datapackage.json").read_text(encoding="utf-8"))


def _walk(table: str, item: Row) -> Iterator[tuple[str, Row]]:
    yield table, item
    for key, nested in NESTED_TABLES.items():
        for child in item.get(key, []):
            yield from _walk(nested, child)


def tables(export: Export) -> dict[str, list[Row]]:
    """Rows for every table of the datapackage, each table sorted by id, each row holding
    only the table's fields."""
    found: dict[str, dict[str, Row]] = {
        resource["name"]: {} for resource in descriptor()["resources"]}
    items = [("organization", organization) for organization in export.organizations]
    items += [("taxonomy", taxonomy) for taxonomy in export.taxonomies]
    items += [("taxonomy_term", term) for term in export.taxonomy_terms]
    for table, item in items:
        for name, row in _walk(table, item):
            found[name].setdefault(row["id"], row)
    fields = {resource["name"]: [field["name"] for field in resource["schema"]["fields"]]
              for resource in descriptor()["resources"]}
    return {
        name: [{key: row[key] for key in fields[name] if key in row}
               for _id, row in sorted(rows.items())]
        for name, rows in found.items()
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def csv_text(resource: dict[str, Any], rows: list[Row]) -> str:
    names = [field["name"] for field in resource["schema"]["fields"]]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return out.getvalue()


def write_datapackage(export: Export, directory: Path) -> list[Path]:
    """Write datapackage.json and the CSVs it names into `directory`; the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    rows = tables(export)
    written = [directory / "datapackage.json"]
    written[0].write_text(json.dumps(descriptor(), ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
    for resource in descriptor()["resources"]:
        path = directory / resource["path"]
        path.write_text(csv_text(resource, rows[resource["name"]]), encoding="utf-8")
        written.append(path)
    return written


# Validation of the tables against the datapackage's table schemas

def _json_value(field: dict[str, Any], text: str) -> Any:
    """A CSV cell as the JSON value its field's type describes, or the text unchanged when
    it cannot be read so (the schema then says what is wrong)."""
    kind = field["type"]
    try:
        if kind in ("number", "integer"):
            number = float(text)
            return int(number) if kind == "integer" and number.is_integer() else number
        if kind == "boolean":
            return {"true": True, "false": False}.get(text.lower(), text)
    except ValueError:
        return text
    return text


def _field_schema(field: dict[str, Any]) -> dict[str, Any]:
    kind = field["type"]
    schema: dict[str, Any] = {
        "number": {"type": "number"}, "integer": {"type": "integer"},
        "boolean": {"type": "boolean"}, "date": {"type": "string", "format": "date"},
        "time": {"type": "string", "format": "time"},
        "datetime": {"type": "string", "format": "date-time"},
    }.get(kind, {"type": "string"})
    if kind == "string" and field.get("format") in ("uuid", "email", "uri"):
        schema["format"] = field["format"]
    if "enum" in field.get("constraints", {}):
        schema["enum"] = field["constraints"]["enum"]
    return schema


def row_validator(resource: dict[str, Any]) -> Draft202012Validator:
    fields = resource["schema"]["fields"]
    return Draft202012Validator(
        {
            "type": "object",
            "properties": {field["name"]: _field_schema(field) for field in fields},
            "required": [field["name"] for field in fields
                         if field.get("constraints", {}).get("required")],
        },
        format_checker=format_checker(),
    )


def read_tables(directory: Path) -> dict[str, list[Row]]:
    """The CSVs of a written datapackage, each row as JSON values (empty cells left out)."""
    package = json.loads((directory / "datapackage.json").read_text(encoding="utf-8"))
    found = {}
    for resource in package["resources"]:
        fields = {field["name"]: field for field in resource["schema"]["fields"]}
        with (directory / resource["path"]).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != list(fields):
                raise ValueError(f"{resource['path']}: the columns are not the schema's fields")
            found[resource["name"]] = [
                {name: _json_value(fields[name], text) for name, text in row.items() if text}
                for row in reader
            ]
    return found


def validate_tables(rows: dict[str, list[Row]]) -> list[str]:
    """What breaks the datapackage's table schemas: types, formats, required fields, enums,
    unique fields and foreign keys. Empty when nothing does."""
    problems = []
    for resource in descriptor()["resources"]:
        name = resource["name"]
        check = row_validator(resource)
        table = [{key: _cell(value) if not isinstance(value, int | float) else value
                  for key, value in row.items()} for row in rows.get(name, [])]
        for number, row in enumerate(table, start=2):
            problems += [f"{resource['path']} line {number}: {error.message}"
                         for error in check.iter_errors(row)]
        for field in resource["schema"]["fields"]:
            if field.get("constraints", {}).get("unique"):
                values = [row[field["name"]] for row in table if field["name"] in row]
                if len(values) != len(set(values)):
                    problems.append(f"{resource['path']}: {field['name']} repeats")
        for key in resource["schema"].get("foreignKeys", []):
            target = key["reference"]["resource"]
            known = {row.get(key["reference"]["fields"]) for row in rows.get(target, [])}
            problems += [
                f"{resource['path']}: {key['fields']} {row[key['fields']]} is not in {target}"
                for row in table
                if key["fields"] in row and row[key["fields"]] not in known
            ]
    return problems

