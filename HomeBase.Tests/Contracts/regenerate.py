#!/usr/bin/env python3
"""Regenerate the contract fixtures in this folder from Microsoft's published sources.

Usage:
    python3 regenerate.py [--sources DIR] [--graph-metadata GITDIR] [--out DIR] [--only graph|mde]

--only graph builds graph-v1.0.json, graph-operations.json and examples/graph/ only (arm.json,
defender-endpoint.json, examples/arm/ and examples/mde/ are left as they are), so only the
msgraph-metadata and microsoft-graph-docs-contrib sources are needed.
--only mde builds defender-endpoint.json and examples/mde/ only (everything else is left as it is),
so only the MicrosoftDocs/defender-docs sources are needed.

Sources (every file is listed with repository, path and commit in sources.json):
  * microsoftgraph/msgraph-metadata  clean_v10_metadata/cleanMetadata.xml, schemas/v1.0-Fairfax.csdl,
    schemas/v1.0-Mooncake.csdl. Obtain with the library's `fetch github:microsoftgraph/msgraph-metadata`
    (a bare git dir); pick the newest commit of each file with `git log -1 --format=%H -- <path>`.
    The script reads them from --sources if present there, else with `git show <commit>:<path>` from
    --graph-metadata (default: the mirror at /work/.mirror/microsoftgraph+msgraph-metadata).
  * Azure/azure-rest-api-specs  swagger files, their common-types files and x-ms-examples files
    (too big to fetch; read single files with the library's `read_file` repo+path[+commit]).
  * microsoftgraph/microsoft-graph-docs-contrib  api-reference/v1.0/api/*.md pages and their
    api-reference/v1.0/includes/permissions/*-permissions.md includes (`read_file`).
  * MicrosoftDocs/defender-docs  defender-endpoint/api/machine.md, get-machines.md,
    get-assessment-software-vulnerabilities.md, and for the attack-surface APIs score.md, recommendation.md,
    get-exposure-score.md, get-machine-group-exposure-score.md, get-device-secure-score.md,
    get-all-recommendations.md, get-recommendation-machines.md (`read_file`).
Raw files live in DIR/<owner>/<repo>/<path> (exact text). If sources.json lists the same path
twice, the later entries live at DIR/<owner>/<repo>/<path>@<first 8 chars of commit>.

Output: graph-v1.0.json, graph-operations.json, arm.json, defender-endpoint.json and examples/**.
JSON is written with sorted keys, 2-space indent and a trailing newline. Stdlib only.
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPH_META = "microsoftgraph/msgraph-metadata"
SPECS = "Azure/azure-rest-api-specs"
GDOCS = "microsoftgraph/microsoft-graph-docs-contrib"
DDOCS = "MicrosoftDocs/defender-docs"
EDM = "{http://docs.oasis-open.org/odata/ns/edm}"


# ----------------------------------------------------------------------------- sources

class Sources:
    def __init__(self, root, graph_git):
        self.root, self.graph_git = root, graph_git
        with open(os.path.join(HERE, "sources.json"), encoding="utf-8") as f:
            self.manifest = json.load(f)
        self.local, seen = {}, set()
        for e in self.manifest:
            key = (e["repository"], e["path"], e["commit"])
            rel = e["path"] if (e["repository"], e["path"]) not in seen else e["path"] + "@" + e["commit"][:8]
            seen.add((e["repository"], e["path"]))
            self.local[key] = os.path.join(root, e["repository"], rel)

    def entries(self, repo, path):
        return [e for e in self.manifest if e["repository"] == repo and e["path"] == path]

    def ref(self, repo, path, commit=None):
        es = [e for e in self.entries(repo, path) if commit is None or e["commit"] == commit]
        if not es:
            return None
        e = es[0]
        return {"repository": e["repository"], "path": e["path"], "commit": e["commit"]}

    def text(self, repo, path, commit=None):
        src = self.ref(repo, path, commit)
        if src is None:
            raise KeyError("not in sources.json: %s %s" % (repo, path))
        p = self.local[(src["repository"], src["path"], src["commit"])]
        if os.path.exists(p):
            with open(p, encoding="utf-8", newline="") as f:
                return f.read()
        if repo == GRAPH_META and self.graph_git:
            return subprocess.run(["git", "--git-dir", self.graph_git, "show", "%s:%s" % (src["commit"], path)],
                                  check=True, capture_output=True).stdout.decode("utf-8")
        raise FileNotFoundError(p)


def dump(obj, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def coll(t):
    return "Collection(%s)" % t


def uncoll(t):
    m = re.match(r"^Collection\((.*)\)$", t)
    return (m.group(1), True) if m else (t, False)


# ----------------------------------------------------------------------------- Graph CSDL

GRAPH_ROOTS = ["microsoft.graph." + n for n in (
    "user", "group", "signIn", "directoryAudit", "riskyUser", "riskDetection", "conditionalAccessPolicy",
    "subscribedSku", "servicePlanInfo", "application", "passwordCredential", "organization", "alert",
    "unifiedRoleAssignment", "unifiedRoleDefinition", "servicePrincipal", "directoryObject",
    "userRegistrationDetails", "unifiedRoleEligibilityScheduleInstance", "unifiedRoleAssignmentScheduleInstance",
    "secureScore", "secureScoreControlProfile")] + ["microsoft.graph.security.incident", "microsoft.graph.security.sensor",
    "microsoft.graph.security.healthIssue", "microsoft.graph.security.hostReputation"] + [
    "microsoft.graph.security.alert", "microsoft.graph.security.alertEvidence",
    "microsoft.graph.security.userAccount", "microsoft.graph.security.fileDetails"]
GRAPH_PATHS = ["users", "groups", "auditLogs/signIns", "auditLogs/directoryAudits", "identityProtection/riskyUsers",
               "identityProtection/riskDetections", "security/alerts_v2", "security/alerts",
               "identity/conditionalAccess/policies", "subscribedSkus", "applications", "organization",
               "users/delta", "groups/delta", "roleManagement/directory/roleAssignments",
               "roleManagement/directory/roleDefinitions", "reports/authenticationMethods/userRegistrationDetails",
               "roleManagement/directory/roleEligibilityScheduleInstances",
               "roleManagement/directory/roleAssignmentScheduleInstances", "security/secureScores",
               "security/secureScoreControlProfiles", "security/incidents", "security/identities/sensors",
               "security/identities/healthIssues", "security/threatIntelligence/hosts/{hostId}/reputation"]


class Csdl:
    def __init__(self, xml_text):
        root = ET.fromstring(xml_text.lstrip("\ufeff").encode("utf-8"))
        schemas = list(root.iter(EDM + "Schema"))
        self.alias = {s.get("Alias"): s.get("Namespace") for s in schemas if s.get("Alias")}
        self.types, self.functions, self.container, self.annotations = {}, [], None, {}
        for s in schemas:
            ns = s.get("Namespace")
            for el in s:
                tag = el.tag[len(EDM):]
                if tag in ("EntityType", "ComplexType", "EnumType"):
                    self.types[ns + "." + el.get("Name")] = el
                elif tag == "Function":
                    self.functions.append(el)
                elif tag == "EntityContainer":
                    self.container = el
                elif tag == "Annotations":
                    self.annotations.setdefault(self.q(el.get("Target")), []).extend(el)

    def q(self, name):
        """Qualify a type name or annotation target (resolve aliases, keep Edm.* and Collection())."""
        if name is None:
            return None
        inner, is_coll = uncoll(name)
        for a, ns in self.alias.items():
            if inner.startswith(a + "."):
                inner = ns + inner[len(a):]
                break
        return coll(inner) if is_coll else inner

    def kind(self, name):
        return {"EntityType": "entity", "ComplexType": "complex", "EnumType": "enum"}[self.types[name].tag[len(EDM):]]

    def base(self, name):
        return self.q(self.types[name].get("BaseType"))

    def chain(self, name):
        out = []
        while name:
            out.append(name)
            name = self.base(name)
        return out

    def members(self, name, tag):
        """Own + inherited Property/NavigationProperty elements as {name: qualified type}."""
        out = {}
        for t in reversed(self.chain(name)):
            for p in self.types[t].findall(EDM + tag):
                out[p.get("Name")] = self.q(p.get("Type"))
        return out

    def deprecations(self, name):
        out = {}

        def read(annots, key):
            for a in annots:
                if a.get("Term") != "Org.OData.Core.V1.Revisions":
                    continue
                for rec in a.iter(EDM + "Record"):
                    pv = {p.get("Property"): p for p in rec.findall(EDM + "PropertyValue")}
                    kind = pv.get("Kind")
                    if kind is None or not "".join(kind.itertext()).strip().endswith("/Deprecated"):
                        continue
                    out.setdefault(key, {
                        "date": pv["Date"].get("Date") if "Date" in pv else None,
                        "description": pv["Description"].get("String") if "Description" in pv else None,
                        "removalDate": pv["RemovalDate"].get("Date") if "RemovalDate" in pv else None,
                        "version": pv["Version"].get("String") if "Version" in pv else None})

        for t in self.chain(name):
            el = self.types[t]
            if t == name:
                read(self.annotations.get(t, []), "")
                read(el.findall(EDM + "Annotation"), "")
            for p in el.findall(EDM + "Property") + el.findall(EDM + "NavigationProperty"):
                read(self.annotations.get(t + "/" + p.get("Name"), []), p.get("Name"))
                read(p.findall(EDM + "Annotation"), p.get("Name"))
        return out

    def resolve(self, path):
        segs = path.split("/")
        cur = None
        for el in self.container:
            if el.get("Name") == segs[0] and el.tag in (EDM + "EntitySet", EDM + "Singleton"):
                t = self.q(el.get("EntityType") or el.get("Type"))
                cur = coll(t) if el.tag == EDM + "EntitySet" else t
        if cur is None:
            return None
        for seg in segs[1:]:
            inner, is_coll = uncoll(cur)
            if seg.startswith("{") and is_coll:  # a key segment: one member of the collection
                cur = inner
                continue
            nxt = None
            if not is_coll and inner in self.types:
                nxt = self.members(inner, "NavigationProperty").get(seg)
            if nxt is None:
                for fn in self.functions:
                    params = fn.findall(EDM + "Parameter")
                    if (fn.get("Name") == seg and fn.get("IsBound") == "true" and params
                            and self.q(params[0].get("Type")) == cur):
                        nxt = self.q(fn.find(EDM + "ReturnType").get("Type"))
            if nxt is None:
                return None
            cur = nxt
        return cur


def graph_types(cs):
    wanted, todo = set(), [t for t in GRAPH_ROOTS if t in cs.types]
    evidence = "microsoft.graph.security.alertEvidence"
    todo += [t for t in cs.types if evidence in cs.chain(t)[1:]]
    while todo:
        t = todo.pop()
        if t in wanted:
            continue
        wanted.add(t)
        if cs.base(t):
            todo.append(cs.base(t))
        if cs.kind(t) != "enum":
            for ref in cs.members(t, "Property").values():
                inner = uncoll(ref)[0]
                if inner in cs.types:
                    todo.append(inner)
    out = {}
    for t in sorted(wanted):
        el, kind = cs.types[t], cs.kind(t)
        d = {"kind": kind, "baseType": cs.base(t), "abstract": el.get("Abstract") == "true",
             "derivedTypes": sorted(o for o in wanted if o != t and t in cs.chain(o))}
        if kind == "enum":
            d["members"] = [m.get("Name") for m in el.findall(EDM + "Member")]
        else:
            d["properties"] = cs.members(t, "Property")
            d["navigation"] = cs.members(t, "NavigationProperty")
        dep = cs.deprecations(t)
        if dep:
            d["deprecated"] = dep
        out[t] = d
    return out


def build_graph(src, out_dir):
    files = {"global": "clean_v10_metadata/cleanMetadata.xml", "fairfax": "schemas/v1.0-Fairfax.csdl",
             "mooncake": "schemas/v1.0-Mooncake.csdl"}
    cs = {k: Csdl(src.text(GRAPH_META, p)) for k, p in files.items()}
    g = cs["global"]
    doc = {"source": src.ref(GRAPH_META, files["global"]), "types": graph_types(g),
           "paths": {p: g.resolve(p) for p in GRAPH_PATHS}, "clouds": {}}
    for cloud in ("fairfax", "mooncake"):
        c = cs[cloud]
        doc["clouds"][cloud] = {"source": src.ref(GRAPH_META, files[cloud]),
                                "paths": {p: c.resolve(p) for p in doc["paths"]},
                                "types": {t: t in c.types for t in GRAPH_ROOTS}}
    dump(doc, os.path.join(out_dir, "graph-v1.0.json"))


# ----------------------------------------------------------------------------- ARM swagger

ARM_FILES = ["specification/security/resource-manager/Microsoft.Security/stable/2021-06-01/assessments.json",
             "specification/security/resource-manager/Microsoft.Security/stable/2021-06-01/assessmentMetadata.json",
             "specification/security/resource-manager/Microsoft.Security/stable/2020-01-01/secureScore.json",
             "specification/security/resource-manager/Microsoft.Security/preview/2019-01-01-preview/regulatoryCompliance.json",
             "specification/monitor/resource-manager/Microsoft.Insights/stable/2015-04-01/activityLogs_API.json",
             "specification/resources/resource-manager/Microsoft.Resources/stable/2022-12-01/subscriptions.json"]
ARM_OPS = ["Assessments_List", "Assessments_Get", "AssessmentsMetadata_List", "AssessmentsMetadata_ListBySubscription",
           "SecureScores_List", "SecureScores_Get", "SecureScoreControls_List", "SecureScoreControls_ListBySecureScore",
           "RegulatoryComplianceStandards_List", "RegulatoryComplianceControls_List",
           "RegulatoryComplianceAssessments_List", "ActivityLogs_List", "Subscriptions_List"]


class Swagger:
    def __init__(self, src):
        self.src, self.docs, self.types, self.owner = src, {}, {}, {}

    def doc(self, path):
        if path not in self.docs:
            self.docs[path] = json.loads(self.src.text(SPECS, path))
        return self.docs[path]

    def deref(self, path, ref):
        """Return (file, pointer-name, object) for a $ref seen in file `path`."""
        f, _, ptr = ref.partition("#")
        f = os.path.normpath(os.path.join(os.path.dirname(path), f)) if f else path
        obj = self.doc(f)
        for part in ptr.strip("/").split("/"):
            obj = obj[part]
        return f, ptr.rsplit("/", 1)[-1], obj

    def name(self, path, local):
        stem = os.path.splitext(os.path.basename(path))[0]
        n = stem + "/" + local
        if self.owner.setdefault(n, path) != path:
            raise ValueError("type name clash: %s (%s, %s)" % (n, self.owner[n], path))
        return n

    def schema_ref(self, path, s, ctx):
        """Type reference for a schema object `s` in file `path`; ctx names inline types."""
        if "$ref" in s:
            f, local, target = self.deref(path, s["$ref"])
            if target.get("type") == "array" or ("enum" not in target and target.get("type") in
                                                  ("string", "integer", "number", "boolean")):
                return self.schema_ref(f, target, local)
            if "enum" not in target and not target.get("properties") and not target.get("allOf"):
                return "Edm.Untyped"
            return self.define(f, local, target)
        if "allOf" in s and len(s["allOf"]) == 1 and not s.get("properties"):
            return self.schema_ref(path, s["allOf"][0], ctx)
        t, fmt = s.get("type"), s.get("format")
        if "enum" in s:
            xe = s.get("x-ms-enum") or {}
            return self.define_enum(path, xe.get("name") or ctx, s["enum"], bool(xe.get("modelAsString")))
        if t == "array":
            return coll(self.schema_ref(path, s.get("items", {}), ctx))
        if t == "string":
            return {"date-time": "Edm.DateTimeOffset", "uuid": "Edm.Guid", "date": "Edm.Date"}.get(fmt, "Edm.String")
        if t == "integer":
            return "Edm.Int64" if fmt == "int64" else "Edm.Int32"
        if t == "number":
            return "Edm.Double"
        if t == "boolean":
            return "Edm.Boolean"
        if s.get("properties") or s.get("allOf"):
            return self.define(path, ctx, s)
        return "Edm.Untyped"

    def define_enum(self, path, local, members, model_as_string=False):
        n = self.name(path, local)
        prev = self.types.get(n)
        if prev and prev["members"] != list(members):
            raise ValueError("enum %s defined twice with different members" % n)
        self.types[n] = {"kind": "enum", "baseType": None, "abstract": False, "members": list(members),
                         "derivedTypes": [], "source": self.src.ref(SPECS, path), "modelAsString": model_as_string}
        return n

    def define(self, path, local, s):
        n = self.name(path, local)
        if n in self.types:
            return n
        d = {"kind": "complex", "abstract": False, "baseType": None, "properties": {}, "navigation": {},
             "derivedTypes": [], "source": self.src.ref(SPECS, path)}
        self.types[n] = d
        bases = [self.schema_ref(path, b, local) for b in s.get("allOf", [])]
        if len(bases) == 1:
            d["baseType"] = bases[0]
        for b in bases:
            d["properties"].update(self.types[b]["properties"])
        for pname, p in s.get("properties", {}).items():
            d["properties"][pname] = self.schema_ref(path, p, local + "." + pname)
        if s.get("discriminator"):
            d["discriminator"] = s["discriminator"]
        return n

    def polymorphic(self, n):
        while n:
            if self.types[n].get("discriminator"):
                return True
            n = self.types[n].get("baseType")
        return False

    def add_derived(self):
        """Include definitions deriving (allOf) from an included type that has a discriminator."""
        changed = True
        while changed:
            changed = False
            for path in list(self.docs):
                for local, s in self.doc(path).get("definitions", {}).items():
                    for b in s.get("allOf", []):
                        if "$ref" not in b:
                            continue
                        bf, bl, _ = self.deref(path, b["$ref"])
                        bn = os.path.splitext(os.path.basename(bf))[0] + "/" + bl
                        stem = os.path.splitext(os.path.basename(path))[0]
                        if (bn in self.types and self.owner.get(bn) == bf and self.polymorphic(bn)
                                and stem + "/" + local not in self.types):
                            self.define(path, local, s)
                            changed = True
        for n, d in self.types.items():
            seen, b = [], d.get("baseType")
            while b:
                seen.append(b)
                b = self.types[b].get("baseType")
            for b in seen:
                self.types[b]["derivedTypes"].append(n)
        for d in self.types.values():
            d["derivedTypes"] = sorted(d["derivedTypes"])

    def params(self, path, op, path_item):
        out = []
        for p in path_item.get("parameters", []) + op.get("parameters", []):
            f, pp = path, p
            if "$ref" in p:
                f, _, pp = self.deref(path, p["$ref"])
            out.append(pp)
        return out


def arm_request(host, api_path, params, example_params):
    url = api_path
    for k, v in example_params.items():
        url = url.replace("{%s}" % k, str(v).strip("/"))
    query = [(p["name"], example_params[p["name"]]) for p in params
             if p.get("in") == "query" and p["name"] in example_params]
    query.sort(key=lambda kv: kv[0] != "api-version")
    return "GET https://%s%s%s" % (host, url, ("?" + "&".join("%s=%s" % kv for kv in query)) if query else "")


def build_arm(src, out_dir):
    sw = Swagger(src)
    ops, examples = {}, []
    for path in ARM_FILES:
        d = sw.doc(path)
        for api_path, item in d["paths"].items():
            for method, op in item.items():
                if method == "parameters" or op.get("operationId") not in ARM_OPS:
                    continue
                params = sw.params(path, op, item)
                resp = op["responses"]["200"]["schema"]
                entry = {"method": method.upper(), "path": api_path, "apiVersion": d["info"]["version"],
                         "query": [p["name"] for p in params if p.get("in") == "query"],
                         "requiredQuery": [p["name"] for p in params if p.get("in") == "query" and p.get("required")],
                         "response": sw.schema_ref(path, resp, op["operationId"] + ".200"),
                         "nextLinkName": (op.get("x-ms-pageable") or {}).get("nextLinkName"),
                         "source": src.ref(SPECS, path), "examples": {}}
                for i, (title, ref) in enumerate(sorted(op.get("x-ms-examples", {}).items())):
                    ex_path = os.path.normpath(os.path.join(os.path.dirname(path), ref["$ref"]))
                    if src.ref(SPECS, ex_path) is None:
                        entry["examples"][title] = None
                        continue
                    stem = op["operationId"] if i == 0 else "%s--%s" % (op["operationId"], os.path.splitext(os.path.basename(ex_path))[0])
                    rel = "examples/arm/%s.json" % stem
                    entry["examples"][title] = rel
                    ex = json.loads(src.text(SPECS, ex_path))
                    body = {"source": src.ref(SPECS, ex_path),
                            "request": arm_request(d["host"], api_path, params, ex["parameters"]),
                            "response": ex["responses"]["200"]["body"]}
                    notes = []
                    left = re.findall(r"\{(\w+)\}", body["request"])
                    if left:
                        notes.append("the example's parameters do not supply path parameter(s) %s" % ", ".join(left))
                    if ex["parameters"].get("api-version") != d["info"]["version"]:
                        notes.append("the example uses api-version %s; the swagger file is %s"
                                     % (ex["parameters"].get("api-version"), d["info"]["version"]))
                    if notes:
                        body["notes"] = "; ".join(notes)
                    examples.append((rel, body))
                ops[op["operationId"]] = entry
    missing = sorted(set(ARM_OPS) - set(ops))
    if missing:
        raise ValueError("operations not found: %s" % missing)
    sw.add_derived()
    dump({"types": sw.types, "operations": ops}, os.path.join(out_dir, "arm.json"))
    for rel, body in examples:
        dump(body, os.path.join(out_dir, rel))


# ----------------------------------------------------------------------------- markdown helpers

def section(md, heading_re, level=None):
    """Text after the first heading matching heading_re up to the next heading of the same or higher level."""
    m = re.search(r"^(#+)\s*" + heading_re + r".*$", md, re.M)
    if not m:
        return None
    lvl = len(m.group(1)) if level is None else level
    rest = md[m.end():]
    n = re.search(r"^#{1,%d}\s" % lvl, rest, re.M)
    return rest[:n.start()] if n else rest


def code_blocks(md):
    return [(m.group(1), m.group(2)) for m in re.finditer(r"^```\s*([\w-]*)\s*\n(.*?)^```", md, re.M | re.S)]


def table_rows(text):
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if "|" not in line or re.match(r"^\|?\s*:?-{2,}", line):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append(cells)
    return rows[1:] if rows else rows


def query_tokens(text):
    out = []
    for t in re.findall(r"\\?(\$[A-Za-z]+)", text or ""):
        if t.lower() not in [o.lower() for o in out]:
            out.append(t)
    return out


REPAIRS = [
    (re.compile(r"\n[ \t]*\.\.\.[ \t]*(?=\n)"), "", "removed a bare '...' placeholder line"),
    (re.compile(r'("(?:[^"\\\n]|\\.)*")[ \t]+"(?:[^"\\\n]|\\.)*"(?=\s*[,}\]])'), r"\1",
     "two adjacent string literals (e.g. \"Windows10\" \"Windows11\") reduced to the first"),
    (re.compile(r",(\s*[}\]])"), r"\1", "removed trailing comma(s)"),
]


def parse_json_body(body):
    """Parse a documented JSON body, repairing known doc defects; returns (value, notes)."""
    notes = []
    try:
        return json.loads(body), notes
    except ValueError:
        pass
    for rx, rep, note in REPAIRS:
        new = rx.sub(rep, body)
        if new != body:
            notes.append("%s (%d place(s))" % (note, len(rx.findall(body))))
            body = new
    return json.loads(body), notes


PLACEHOLDERS = {"String", "Boolean", "Int32", "Int64", "Double", "Guid", "String (timestamp)"}


def doc_notes(md_after_marker, value, raw):
    """Notes about a documented response that was kept verbatim."""
    notes = []
    if re.match(r'"blockType": "response",\s*"truncated": true', md_after_marker):
        notes.append("the page marks this response as truncated (shortened for readability); arrays and objects may be incomplete")

    def walk(v):
        if isinstance(v, dict):
            return [x for i in v.values() for x in walk(i)]
        if isinstance(v, list):
            return [x for i in v for x in walk(i)]
        return [v] if isinstance(v, str) and v in PLACEHOLDERS else []
    ph = sorted(set(walk(value)))
    if ph:
        notes.append("some values are type placeholders, not data: " + ", ".join(ph))
    if "\ufffd" in raw:
        notes.append("the page text contains U+FFFD replacement characters; kept verbatim")
    return notes


def http_body(block):
    lines = block.split("\n")
    for i, l in enumerate(lines):
        if l.lstrip().startswith(("{", "[")):
            return "\n".join(lines[i:])
    return None


# ----------------------------------------------------------------------------- Graph docs

GRAPH_OPS = {  # id: (page, include, notes: literal quotes that must occur in the page or include)
    "signin-list": ("signin-list", "signin-list", [
        "The maximum and default page size is 1,000 objects and by default, the most recent sign-ins are returned first.",
        "This API has a [known issue](/graph/known-issues#license-check-errors-for-azure-ad-activity-reports) and currently requires consent to both the **AuditLog.Read.All** and **Directory.Read.All** permissions."]),
    "directoryaudit-list": ("directoryaudit-list", "directoryaudit-list", [
        "|Application|AuditLog.Read.All and Directory.Read.All|Not available.|"]),
    "riskyuser-list": ("riskyuser-list", "riskyuser-list", [
        "This method supports some of the OData query parameters to help customize the response."]),
    "riskdetection-list": ("riskdetection-list", None, [
        "You must have a Microsoft Entra ID P1 or P2 license to use the risk detection API.",
        "The default page size is 20 objects while the maximum with `$top` is 500."]),
    "security-list-alerts_v2": ("security-list-alerts_v2", "security-list-alerts_v2", [
        "Use `@odata.nextLink` for pagination."]),
    # Both Secure Score pages have their permission table inline, least to most privileged.
    "security-list-securescores": ("security-list-securescores", None, [
        "`$top` will return the aggregated top results from each security API provider."]),
    "security-list-securescorecontrolprofiles": ("security-list-securescorecontrolprofiles", None, [
        "`$top` will return the aggregated top results from each security API provider."]),
    # The v1.0 page's permissions include is not in the library: the permissions come from the beta page of the same
    # name (GRAPH_FALLBACK_PERMS), whose table is inline and names the same API.
    "security-list-incidents": ("security-list-incidents", None, [
        "The following properties support `$filter` : **assignedTo**, **classification**, **createdDateTime**, **determination**, **lastUpdateDateTime**, **severity**, and **status**.",
        "Use `@odata.nextLink` for pagination."]),
    # Defender for Identity: each list page has its own permissions include.
    "security-identitycontainer-list-sensors": ("security-identitycontainer-list-sensors", "security-identitycontainer-list-sensors", [
        "This method supports the `$count`, `$filter`, `$skip`, and `$top` OData query parameters to help customize the response."]),
    "security-identitycontainer-list-healthissues": ("security-identitycontainer-list-healthissues", "security-identitycontainer-list-healthissues", [
        "This method supports the `$count`, `$filter`, `$skip`, `$top`, and `$select` OData query parameters to help customize the response."]),
    # Defender Threat Intelligence: the stored page version has its permission table inline; the current one (0713c450,
    # same path, example and request) points to a permissions include that is not available.
    "security-host-get-reputation": ("security-host-get-reputation", None, [
        "This method supports some of the OData query parameters to help customize the response."]),
    "conditionalaccessroot-list-policies": ("conditionalaccessroot-list-policies", None, []),
    "user-delta": ("user-delta", "user-delta", [
        "The only supported `$filter` expression is for tracking changes on a specific object: `$filter=id+eq+{value}`.",
        "There is a limit of 50 filtered objects."]),
    "group-delta": ("group-delta", "group-delta", [
        "You can use `$select=members` to get membership changes.",
        "The only supported `$filter` expression is for tracking changes on a specific object: `$filter=id+eq+{value}`."]),
    "user-list": ("user-list", None, [
        "This header and `$count` are required when using `$search`, or when using `$filter` with the `$orderby` query parameter.",
        "Certain properties cannot be returned within a user collection."]),
    "subscribedsku-list": ("subscribedsku-list", "subscribedsku-list", [
        "It does not support `$filter`."]),
    "application-get": ("application-get", "application-get", [
        "The use of `$select` to get **keyCredentials** for applications has a throttling limit of 150 requests per minute for every tenant."]),
    "organization-get": ("organization-get", "organization-get", [
        "Applications granted the User.Read permission are able to read only the **id**, **displayName**, and **verifiedDomains** properties of the organization."]),
    # The rbacapplication pages have one permission table per RBAC provider; the directory provider's comes first,
    # and page_permissions takes the first Application row, so the permissions are the directory provider's.
    # The stored page version has its permission table inline (the newer one's include is not available).
    "rbacapplication-list-roleeligibilityscheduleinstances": ("rbacapplication-list-roleeligibilityscheduleinstances", None, [
        "This method supports the `$select`, `$filter`, and `$expand` OData query parameters to help customize the response."]),
    "rbacapplication-list-roleassignmentscheduleinstances": ("rbacapplication-list-roleassignmentscheduleinstances", "rbacapplication-list-roleassignmentscheduleinstances", [
        "This method supports the `$select`, `$filter`, and `$expand` OData query parameters to help customize the response."]),
    "rbacapplication-list-roleassignments": ("rbacapplication-list-roleassignments", None, [
        "For the directory (Microsoft Entra ID) provider"]),
    "rbacapplication-list-roledefinitions": ("rbacapplication-list-roledefinitions", None, [
        "For the directory (Azure AD) provider",
        "This method supports the `$filter` (`eq` and `in` operators) OData query parameter on `id`, `displayName`, and `isBuiltIn` properties."]),
    # The stored page version has its own permission table (no permissions include).
    "authenticationmethodsroot-list-userregistrationdetails": ("authenticationmethodsroot-list-userregistrationdetails", None, [
        "This method supports only the `$filter` and `$orderBy` OData query parameters to help customize the response."]),
}
# An older page version is used where the current one points to a permissions include that is not available.
GRAPH_FALLBACK_PERMS = {"riskdetection-list": "43bb086cfa359bab1e82b8a615ab204a43e9d3e8",
                        "security-list-incidents": ("api-reference/beta/api/security-list-incidents.md", "a1250e854546bfc359a3af6c21adb5af550ba961")}


def split_perms(cell):
    if re.match(r"^(not available|not supported)\.?$", cell.strip(), re.I):
        return []
    return [p for p in re.split(r",\s*|\s+and\s+", cell.strip()) if p]


def page_permissions(md):
    for row in table_rows(section(md, r"Permissions") or ""):
        if row and row[0].startswith("Application"):
            return [p for c in row[1:] for p in split_perms(c)], [c for c in row[1:] if " and " in c]
    return None, []


def build_graph_docs(src, out_dir):
    ops = {}
    for oid, (page, include, quotes) in sorted(GRAPH_OPS.items()):
        ppath = "api-reference/v1.0/api/%s.md" % page
        md = src.text(GDOCS, ppath)
        http = code_blocks(section(md, r"HTTP request") or "")[0][1].strip().splitlines()
        reqs = [l.split(None, 1) for l in http if re.match(r"^(GET|POST)\s", l)]
        qsec = section(md, r"Optional query parameters") or section(md, r"Query parameters")
        neg = re.compile(r"\b(?:does not|doesn't|not) support", re.I)
        sentences = re.split(r"(?<=\.)\s+|\n", qsec or "")
        unsupported = query_tokens(" ".join(x for x in sentences if neg.search(x)))
        entry = {"method": reqs[0][0], "path": "/" + reqs[0][1].lstrip("/"),
                 "queryOptions": query_tokens(" ".join(x for x in sentences if not neg.search(x))),
                 "source": src.ref(GDOCS, ppath)}
        if unsupported:
            entry["unsupportedQueryOptions"] = unsupported
        if len(reqs) > 1:
            entry["alternatePaths"] = ["/" + r[1].lstrip("/") for r in reqs[1:]]
        fp = re.search(r"supports? `\$filter` ?: (.*)", qsec or "")
        if fp:
            entry["filterProperties"] = re.findall(r"\*\*(\w+)\*\*", fp.group(1))
        ft = section(md, r"Attributes supported by \\\$filter parameter")
        if ft:
            entry["filterProperties"] = [r[0] for r in table_rows(ft)]
        ipath = "api-reference/v1.0/includes/permissions/%s-permissions.md" % include if include else None
        if ipath and src.ref(GDOCS, ipath):
            perms_md, entry["permissionsSource"] = src.text(GDOCS, ipath), src.ref(GDOCS, ipath)
            perms, combined = page_permissions("## Permissions\n" + perms_md)
        elif oid in GRAPH_FALLBACK_PERMS:
            fallback = GRAPH_FALLBACK_PERMS[oid]
            fpath, fcommit = fallback if isinstance(fallback, tuple) else (ppath, fallback)
            old = src.text(GDOCS, fpath, fcommit)
            entry["permissionsSource"] = src.ref(GDOCS, fpath, fcommit)
            perms_md = old
            perms, combined = page_permissions(old)
        else:
            perms_md = md
            perms, combined = page_permissions(md)
        if perms is None:
            raise ValueError("no application permissions found for " + oid)
        entry["permissions"] = perms
        if combined:
            entry["permissionsCombined"] = combined
        for q in quotes:
            if q not in md and q not in perms_md:
                raise ValueError("quote not found in %s: %s" % (oid, q))
        entry["notes"] = " | ".join(quotes)
        ops[oid] = entry
        # first documented example
        req = [b for b in code_blocks(md) if b[1].strip().startswith("GET https://")]
        resp_at = md.find('"blockType": "response"')
        body = http_body([b for b in code_blocks(md[resp_at:])][0][1])
        value, notes = parse_json_body(body)
        notes += doc_notes(md[resp_at:], value, body)
        ex = {"source": src.ref(GDOCS, ppath), "request": req[0][1].strip().splitlines()[0], "response": value}
        if notes:
            ex["notes"] = "; ".join(notes)
        dump(ex, os.path.join(out_dir, "examples", "graph", oid + ".json"))
    dump(ops, os.path.join(out_dir, "graph-operations.json"))


# ----------------------------------------------------------------------------- Defender for Endpoint docs

MDE_PRIMITIVES = {"string": "Edm.String", "datetimeoffset": "Edm.DateTimeOffset", "nullable long": "Edm.Int64",
                  "double": "Edm.Double", "boolean": "Edm.Boolean", "nullable representation guid": "Edm.Guid",
                  "string collection": "Collection(Edm.String)", "array[string]": "Collection(Edm.String)",
                  "long": "Edm.Int64"}
# Documented types with no exact Edm counterpart: mapped, and every use is recorded in the notes.
MDE_APPROXIMATE = {
    "datetime": ("Edm.DateTimeOffset", "OData v4 has no Edm.DateTime; the examples' values are ISO 8601 times in UTC ('Z')"),
    "numeric": ("Edm.Double", "the page names no integer or floating-point type; Edm.Double accepts any JSON number"),
}


def mde_enum_values(desc):
    m = re.search(r"Possible values are:? (.*)", desc)
    if m and "`" in m.group(1):
        return re.findall(r"`([^`]+)`", m.group(1))
    m = re.search(r"\(((?:\w+, )+\w+)\)", desc)
    return m.group(1).split(", ") if m else None


def mde_type(types, owner, prop, dtype, desc, source, notes):
    vals = mde_enum_values(desc)
    if vals:
        n = "%s.%s" % (owner, prop)
        types[n] = {"kind": "enum", "baseType": None, "abstract": False, "members": vals, "derivedTypes": [],
                    "source": source}
        return n
    key = dtype.strip().lower()
    if key in MDE_PRIMITIVES:
        return MDE_PRIMITIVES[key]
    if key in MDE_APPROXIMATE:
        edm, why = MDE_APPROXIMATE[key]
        notes.append("%s.%s is documented as '%s'; it is %s (%s)" % (owner, prop, dtype, edm, why))
        return edm
    if key.endswith(" collection"):
        notes.append("%s.%s is documented as '%s'; that element type has no property table here, so it is Edm.Untyped"
                     % (owner, prop, dtype))
        return "Collection(Edm.Untyped)"
    if key in ("enum", "nullable enum"):
        notes.append("%s.%s is documented as '%s' without listed values" % (owner, prop, dtype))
        return "Edm.String"
    raise ValueError("unmapped MDE type %r" % dtype)


def build_mde(src, out_dir):
    types, ops, notes = {}, {}, []
    # machine entity
    mpath = "defender-endpoint/api/machine.md"
    md, msrc = src.text(DDOCS, mpath), src.ref(DDOCS, mpath)
    props = {}
    for row in table_rows(section(md, r"Properties")):
        props[row[0]] = mde_type(types, "mde.machine", row[0], row[1], row[2], msrc, notes)
    types["mde.machine"] = {"kind": "entity", "baseType": None, "abstract": False, "properties": props,
                            "navigation": {}, "derivedTypes": [], "source": msrc}
    # vulnerability export row
    vpath = "defender-endpoint/api/get-assessment-software-vulnerabilities.md"
    vd, vsrc = src.text(DDOCS, vpath), src.ref(DDOCS, vpath)
    s1 = section(vd, r"1\. Export software vulnerabilities assessment \(JSON response\)", level=2)
    ex_block = [b for b in code_blocks(section(s1, r"1\.6\.2 Response example")) if b[0] == "json"][0][1]
    ex_value, ex_notes = parse_json_body(ex_block)
    ex_keys = {k for row in ex_value["value"] for k in row}
    props, names = {}, {}
    for row in table_rows(section(s1, r"1\.5 Properties")):
        if not row[0]:
            continue
        documented = re.sub(r"\s*\(optional\)$", "", row[0]).strip()
        wire = next((k for k in sorted(ex_keys) if k.lower() == documented.lower()), documented[0].lower() + documented[1:])
        names[wire] = row[0]
        props[wire] = mde_type(types, "mde.softwareVulnerabilityByMachine", wire, row[1], row[2], vsrc, notes)
    types["mde.softwareVulnerabilityByMachine"] = {"kind": "complex", "baseType": None, "abstract": False,
                                                   "properties": props, "navigation": {}, "derivedTypes": [],
                                                   "source": vsrc}
    undocumented = sorted(ex_keys - set(props))
    if undocumented:
        notes.append("columns in the export response example that the property table does not list: " + ", ".join(undocumented))
    # operations
    gpath = "defender-endpoint/api/get-machines.md"
    gm, gsrc = src.text(DDOCS, gpath), src.ref(DDOCS, gpath)
    desc = section(gm, r"API description")
    fl = re.search(r"\$filter` query is supported on: (.*)", desc).group(1)
    lim = section(gm, r"Limitations")
    ops["ListMachines"] = {
        "method": "GET", "path": "/api/machines", "query": query_tokens(desc.split("See examples")[0]),
        "filterProperties": re.findall(r"`(\w+)`", fl), "response": "Collection(mde.machine)",
        "permissions": [r[1] for r in table_rows(section(gm, r"Permissions")) if r[0] == "Application"],
        "notes": " | ".join(l.strip("- ").strip() for l in lim.strip().splitlines() if l.strip()) +
                 " | If there are no recent machines, you see `404 Not Found`.", "source": gsrc}
    if "If there are no recent machines, you see `404 Not Found`." not in gm:
        raise ValueError("404 quote not found")
    params = section(s1, r"1\.4 Parameters")
    plist = re.findall(r"^- (\$?\w+)", params, re.M)
    ops["ExportSoftwareVulnerabilitiesByMachine"] = {
        "method": "GET", "path": "/api/machines/SoftwareVulnerabilitiesByMachine", "query": plist,
        "topDocumented": "$top" in plist, "response": "Collection(mde.softwareVulnerabilityByMachine)",
        "permissions": [r[1] for r in table_rows(section(s1, r"1\.2 Permissions")) if r[0] == "Application"],
        "notes": " | ".join(l.strip("- ").strip() for l in (section(s1, r"1\.1\.1 Limitations") + params).strip().splitlines() if l.strip()),
        "source": vsrc}
    mprops = types["mde.machine"]["properties"]
    for fp in ops["ListMachines"]["filterProperties"]:
        if fp not in mprops:
            alt = [p for p in mprops if p.lower() == fp.lower()]
            notes.append("ListMachines $filter property '%s' is spelled '%s' in the machine property table"
                         % (fp, alt[0]) if alt else "ListMachines $filter property '%s' is not in the machine property table" % fp)
    documented = {"mde.softwareVulnerabilityByMachine": names}
    surface_examples = build_mde_surface(src, types, ops, notes, documented)
    dump({"types": types, "operations": ops, "notes": notes, "documentedPropertyNames": documented},
         os.path.join(out_dir, "defender-endpoint.json"))
    for oid, ex in surface_examples:
        dump(ex, os.path.join(out_dir, "examples", "mde", oid + ".json"))
    # examples
    req = [b for b in code_blocks(section(gm, r"Request example")) if b[0] == "http"][0][1].strip()
    resp = [b for b in code_blocks(section(gm, r"Response example")) if b[0] == "http"][0][1]
    value, n = parse_json_body(http_body(resp))
    for row in value["value"]:
        for k, v in sorted(row.items()):
            if k not in mprops:
                n.append("property '%s' is not in the machine property table" % k)
            elif mprops[k] == "Edm.String" and not isinstance(v, str) and v is not None:
                n.append("'%s' is documented as String but the example value is %s" % (k, json.dumps(v)))
    ex = {"source": gsrc, "request": req, "response": value}
    if n:
        ex["notes"] = "; ".join(n)
    dump(ex, os.path.join(out_dir, "examples", "mde", "ListMachines.json"))
    req = [b for b in code_blocks(section(s1, r"1\.6\.1 Request example")) if b[0] == "http"][0][1].strip()
    ex = {"source": vsrc, "request": req, "response": ex_value}
    if ex_notes:
        ex["notes"] = "; ".join(ex_notes)
    dump(ex, os.path.join(out_dir, "examples", "mde", "ExportSoftwareVulnerabilitiesByMachine.json"))


# Defender Vulnerability Management "attack surface" APIs: exposure score, device secure score, security
# recommendations and the devices behind each one.
# id: (page, response type, literal quotes of the page on limits, paging and what the response holds)
MDE_SURFACE_OPS = {
    "GetExposureScore": ("defender-endpoint/api/get-exposure-score.md", "mde.score", [
        "If successful, this method returns 200 OK, with the exposure data in the response body."]),
    "ListExposureScoreByMachineGroups": ("defender-endpoint/api/get-machine-group-exposure-score.md", coll("mde.score"), [
        "If successful, this method returns 200 OK, with a list of exposure score per device group data in the response body."]),
    "GetDeviceSecureScore": ("defender-endpoint/api/get-device-secure-score.md", "mde.score", [
        "If successful, this method returns 200 OK, with the device secure score data in the response body."]),
    "ListRecommendations": ("defender-endpoint/api/get-all-recommendations.md", coll("mde.recommendation"), [
        "```$top``` with max value of 10,000.",
        "If successful, this method returns 200 OK with the list of security recommendations in the body."]),
    "ListRecommendationMachineReferences": ("defender-endpoint/api/get-recommendation-machines.md", coll("mde.machineRef"), [
        "If successful, this method returns 200 OK with the list of devices associated with the security recommendation."]),
}
# Types with a property table (resource type pages).
MDE_SURFACE_TYPES = {"mde.score": "defender-endpoint/api/score.md",
                     "mde.recommendation": "defender-endpoint/api/recommendation.md"}
# The type no page has a property table for: derived from this operation's response example.
MDE_EXAMPLE_TYPES = {"mde.machineRef": "ListRecommendationMachineReferences"}


def json_edm(v):
    """The Edm type a JSON value of a documented example shows."""
    if isinstance(v, bool):
        return "Edm.Boolean"
    if isinstance(v, str):
        return "Edm.String"
    if isinstance(v, int):
        return "Edm.Int64"
    if isinstance(v, float):
        return "Edm.Double"
    raise ValueError("no Edm type for example value %r" % (v,))


def mde_fits(types, t, v):
    """Whether an example value has type t (as SchemaValidator checks it; MDE enums ignore case)."""
    if v is None:
        return True
    inner, is_coll = uncoll(t)
    if is_coll:
        return isinstance(v, list) and all(mde_fits(types, inner, i) for i in v)
    if t in types and types[t]["kind"] == "enum":
        return isinstance(v, str) and all(m.strip().lower() in [x.lower() for x in types[t]["members"]] for m in v.split(","))
    if t == "Edm.String":
        return isinstance(v, str)
    if t == "Edm.Boolean":
        return isinstance(v, bool)
    if t == "Edm.Int64":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "Edm.Double":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t == "Edm.DateTimeOffset":
        try:
            datetime.datetime.fromisoformat(v)
            return True
        except (TypeError, ValueError):
            return False
    raise ValueError("no check for type %s" % t)


def and_list(items, word="and"):
    items = list(items)
    return items[0] if len(items) == 1 else "%s %s %s" % (", ".join(items[:-1]), word, items[-1])


def build_mde_surface(src, types, ops, notes, documented):
    """Adds the attack-surface operations and their types; returns [(operation id, example)]."""
    pages, examples = {}, {}
    for oid, (path, response, quotes) in sorted(MDE_SURFACE_OPS.items()):
        md, ref = src.text(DDOCS, path), src.ref(DDOCS, path)
        for q in quotes:
            if q not in md:
                raise ValueError("quote not found in %s: %s" % (oid, q))
        http = code_blocks(section(md, r"HTTP request"))[0][1].strip().split()
        example = section(md, r"Example", level=2)
        req = [b[1].strip() for b in code_blocks(example) if b[0] == "http" and b[1].strip().startswith("GET https://")][0]
        value, ex_notes = parse_json_body([b for b in code_blocks(example) if b[0] == "json"][0][1])
        single = "value" not in value
        if single != (not response.startswith("Collection(")) or single != value["@odata.context"].endswith("/$entity"):
            raise ValueError("%s: the example's shape does not match the response type %s" % (oid, response))
        pages[oid] = md
        examples[oid] = (ref, req, value, ex_notes, [value] if single else value["value"])
        desc = section(md, r"API description") or ""
        query = query_tokens(desc.split("See examples")[0])
        entry = {"method": http[0], "path": http[1], "query": query, "response": response,
                 "permissions": [r[1] for r in table_rows(section(md, r"Permissions")) if r[0] == "Application"],
                 "notes": " | ".join(quotes), "source": ref}
        fl = re.search(r"\$filter`+ on:(.*)", desc)
        if fl:
            entry["filterProperties"] = re.findall(r"`(\w+)`", fl.group(1))
        ops[oid] = entry
        missing = [what for what, absent in (
            ("query options", not query), ("rate limits", not re.search(r"rate limit", md, re.I)),
            ("maximum page size", not re.search(r"page size|max value", md, re.I)),
            ("@odata.nextLink paging", "nextLink" not in md)) if absent]
        if missing:
            notes.append("%s: the page documents %s" % (oid, and_list("no " + m for m in missing)))
    # types with a property table; wire names from the examples of the operations answering them
    ranges = {}
    for tname, path in sorted(MDE_SURFACE_TYPES.items()):
        md, ref = src.text(DDOCS, path), src.ref(DDOCS, path)
        answered = [oid for oid, (_, response, _) in sorted(MDE_SURFACE_OPS.items()) if uncoll(response)[0] == tname]
        ex_keys = {k for oid in answered for item in examples[oid][4] for k in item if not k.startswith("@odata.")}
        props, names = {}, {}
        for row in table_rows(section(md, r"Properties")):
            if not row[0]:
                continue
            wire = next((k for k in sorted(ex_keys) if k.lower() == row[0].lower()), None)
            if wire is None:
                wire = row[0][0].lower() + row[0][1:]
                notes.append("%s.%s: no response example shows '%s'; its wire name is the table's with a lower-case first letter"
                             % (tname, wire, row[0]))
            names[wire] = row[0]
            props[wire] = mde_type(types, tname, wire, row[1], row[2], ref, notes)
            rng = re.search(r"\((\d+)-(\d+)\)", row[2])
            if rng:
                ranges[(tname, wire)] = (int(rng.group(1)), int(rng.group(2)), rng.group(0))
        types[tname] = {"kind": "entity", "baseType": None, "abstract": False, "properties": props, "navigation": {},
                        "derivedTypes": [], "source": ref}
        documented[tname] = names
        recased = sorted(w for w, d in names.items() if w != d)
        if recased:
            notes.append("%s: the property table spells %s; on the wire they are %s (the response examples' spelling, "
                         "else the table's with a lower-case first letter)" % (
                             tname, and_list(names[w] for w in recased), and_list(recased)))
        extra = sorted(ex_keys - set(props))
        if extra:
            notes.append("properties in the %s response example(s) that %s does not list: %s" % (
                ", ".join(answered), os.path.basename(path), ", ".join(extra)))
    for tname, oid in sorted(MDE_EXAMPLE_TYPES.items()):
        items, ref = examples[oid][4], examples[oid][0]
        props = {}
        for k in sorted({k for item in items for k in item}):
            kinds = {json_edm(item[k]) for item in items if item.get(k) is not None}
            if len(kinds) != 1:
                raise ValueError("%s.%s: example values of several types %s" % (tname, k, sorted(kinds)))
            props[k] = kinds.pop()
        types[tname] = {"kind": "complex", "baseType": None, "abstract": False, "properties": props, "navigation": {},
                        "derivedTypes": [], "source": ref}
        notes.append("%s has no property table in the docs; its properties and their types (%s) are those of the %s "
                     "response example, which is not valid JSON as published (see examples/mde/%s.json)" % (
                         tname, ", ".join("%s %s" % kv for kv in sorted(props.items())), oid, oid))
    for oid, entry in sorted(ops.items()):
        if oid not in MDE_SURFACE_OPS:
            continue
        tprops = types[uncoll(entry["response"])[0]]["properties"]
        for fp in entry.get("filterProperties", []):
            if fp not in tprops:
                alt = [p for p in tprops if p.lower() == fp.lower()]
                notes.append("%s $filter property '%s' is spelled '%s' in the property table" % (oid, fp, alt[0]) if alt
                             else "%s $filter property '%s' is not in the property table" % (oid, fp))
    # examples, compared with the types
    out = []
    for oid, (ref, req, value, n, items) in sorted(examples.items()):
        tname = uncoll(MDE_SURFACE_OPS[oid][1])[0]
        tprops = types[tname]["properties"]
        table = MDE_SURFACE_TYPES.get(tname)
        if table:
            where = os.path.basename(table)
            for item in items:
                for k, v in sorted(item.items()):
                    if k.startswith("@odata."):
                        continue
                    if k not in tprops:
                        n.append("property '%s' is not in the %s property table" % (k, where))
                    elif not mde_fits(types, tprops[k], v):
                        n.append("'%s' is documented as %s but the example value is %s" % (k, tprops[k], json.dumps(v)))
                    elif (tname, k) in ranges and isinstance(v, (int, float)) and not (
                            ranges[(tname, k)][0] <= v <= ranges[(tname, k)][1]):
                        n.append("'%s' is documented as %s but the example value is %s" % (k, ranges[(tname, k)][2], json.dumps(v)))
            absent = [p for p in tprops if not any(p in item for item in items)]
            if absent:
                n.append("the example has no %s (documented in %s)" % (and_list(("'%s'" % p for p in absent), "or"), where))
        else:
            n.append("%s has no property table: its type is derived from this example" % tname)
        if re.search(r"may be truncated for brevity", section(pages[oid], r"Example", level=2)):
            n.append("the page notes that the response shown may be truncated for brevity")
        ex = {"source": ref, "request": req, "response": value}
        if n:
            ex["notes"] = "; ".join(n)
        out.append((oid, ex))
    return out


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", default="/tmp/contract-sources")
    ap.add_argument("--graph-metadata", default="/work/.mirror/microsoftgraph+msgraph-metadata",
                    help="bare git dir of microsoftgraph/msgraph-metadata (or its parent holding repo/)")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--only", choices=("graph", "mde"),
                    help="graph: build only graph-v1.0.json, graph-operations.json and examples/graph/ "
                         "(needs only the msgraph-metadata and microsoft-graph-docs-contrib sources); "
                         "mde: build only defender-endpoint.json and examples/mde/ "
                         "(needs only the defender-docs sources)")
    a = ap.parse_args()
    git = a.graph_metadata
    if git and os.path.isdir(os.path.join(git, "repo")):
        git = os.path.join(git, "repo")
    src = Sources(a.sources, git if git and os.path.isdir(git) else None)
    if a.only == "mde":
        build_mde(src, a.out)
        return
    build_graph(src, a.out)
    if a.only != "graph":
        build_arm(src, a.out)
    build_graph_docs(src, a.out)
    if a.only != "graph":
        build_mde(src, a.out)


if __name__ == "__main__":
    sys.exit(main())
