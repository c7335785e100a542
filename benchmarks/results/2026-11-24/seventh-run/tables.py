# Prints the tables of benchmarks/README.md from a results directory: python3 tables.py DIR [DIR...]
import re, sys, os, glob
# usage: tables.py DIR [DIR...]  (later dirs fill corpora the first lacks)
dirs = sys.argv[1:]
order = ["synthetic-100", "synthetic-1000", "synthetic-10000", "brown"]
label = {"synthetic-100": "100", "synthetic-1000": "1,000", "synthetic-10000": "10,000", "brown": "Brown"}
def find(name):
    for d in dirs:
        p = os.path.join(d, name)
        if os.path.exists(p): return p
    return None
def rounds(c):
    p = find(f"first-query-rounds-{c}.md")
    rows = {}
    if not p: return rows
    for line in open(p):
        m = re.match(r"\| (\w+) \| ([\d.]+) ms \| ([\d.]+) ms \| ([\d.]+) ms \| ([\d.]+) \| ([\d.]+) \|", line)
        if m: rows[m.group(1)] = [float(x) for x in m.groups()[1:]]
    return rows
def bdn(c):
    p = find(f"summary-{c}.md")
    res = {}
    if not p: return res
    for line in open(p):
        cells = [x.strip() for x in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0] and not cells[0].startswith("-") and cells[0] != "Method":
            res.setdefault(cells[0], []).append(cells)
    return res
def num(s):
    s = s.replace(",", "").replace("ms", "").replace("ns", "").replace("μs", "").replace("us", "").strip()
    return float(s)
def tsv(name):
    p = find(name); d = {}
    if not p: return d
    for line in open(p):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2: d[parts[0]] = parts[1:]
    return d
def timev(name):
    p = find(name)
    if not p: return None, None
    t = open(p).read()
    w = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", t)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t)
    return (w.group(1) if w else None), (int(m.group(1)) / 1e6 if m else None)

def steady_rows(b, m):
    """A steady-state benchmark's rows (its Mean in ns or μs; the first-query table's rows have a category there)."""
    return [r for r in b.get(m, []) if r[1].endswith("ns") or r[1].endswith("μs")]
def steady(b, m, unit):
    """A steady-state benchmark's mean in unit (ns or μs), or None."""
    r = steady_rows(b, m)
    if not r: return None
    v = num(r[0][1])
    if r[0][1].endswith("ns") and unit == "μs": return v / 1000
    if r[0][1].endswith("μs") and unit == "ns": return v * 1000
    return v

print("## rounds: ById / Search x hello")
print("| corpus | JIT | ReadyToRun | NativeAOT | Resource | Resource, no properties |")
print("|---|---:|---:|---:|---:|---:|")
for c in order:
    r = rounds(c)
    if not r: continue
    cells = [f"{r[b][3]:.2f} / {r[b][4]:.2f}" if b in r else "" for b in ["JIT", "ReadyToRun", "NativeAOT", "Resource", "ResourceNoProperties"]]
    print(f"| {label[c]} | " + " | ".join(cells) + " |")
for c in order:
    r = rounds(c)
    print(c, {k: (v[0], v[1], v[2], round(v[3],3), round(v[4],3)) for k, v in r.items()})

print("\n## BDN first query")
print("| corpus | | hello world | CorpusGen `ById` | CorpusGen `Search` | analysis at startup, then ById | JSON resource, then ById | Lucene.NET search |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for build, suffix in [("NativeAOT", "_Aot"), ("JIT", ""), ("ReadyToRun", "_R2R"), ("Resource", "_Resource"), ("Resource, no properties", "_ResourceNoProperties")]:
    for c in order:
        b = bdn(c)
        def get(m):
            rows = b.get(m)
            return rows[0] if rows else None
        h = get("HelloWorld" + suffix)
        if not h: continue
        if build not in ("NativeAOT", "JIT") and c != "synthetic-10000": continue
        byid, search = get("CorpusGen_ById" + suffix), get("CorpusGen_Search" + suffix)
        def ms(row): return f"{num(row[2]):,.2f} ms" if row and num(row[2]) < 100 else (f"{num(row[2]):,.1f} ms" if row else "")
        def msr(row): return f"{ms(row)} ({row[5]})" if row else ""
        print(f"| {label[c]} | {build} | {ms(h)} | {msr(byid)} | {msr(search)} | {ms(get('AnalysisAtStartup_ById' + suffix))} | {ms(get('Json_ById' + suffix))} | {ms(get('Lucene_Search' + suffix))} |")

def cell(b, cg, other, unit, extra=None):
    """CorpusGen's mean / the other's, unit, and the ratio; the extra benchmark's mean in brackets."""
    x, y = steady(b, cg, unit), steady(b, other, unit)
    if x is None or y is None: return ""
    r = x / y
    text = f"{x:.2f} / {y:.2f} ns" if unit == "ns" else f"{x:.2f} / {y:.1f} µs"
    text += f" {r:.2f} ×" if r >= 0.01 else f" {r:.3f} ×"
    if extra and steady(b, extra, unit) is not None: text += f" ({steady(b, extra, unit):.2f})"
    return text

tables = [
    ("steady state lookups: CorpusGen / Frozen ratio (Dictionary)", "ns",
     ["`ById`, one key", "`ById`, 100 keys", "term, one key", "4–7-char term", "term, 100 keys"],
     [("CorpusGen_ById", "FrozenDictionary_ById", "Dictionary_ById"), ("CorpusGen_ById_Spread", "FrozenDictionary_ById_Spread", None),
      ("CorpusGen_Term", "FrozenDictionary_Term", None), ("CorpusGen_ShortTerm", "FrozenDictionary_ShortTerm", None),
      ("CorpusGen_Term_Spread", "FrozenDictionary_Term_Spread", None)]),
    ("search", "μs", ["`Search` two terms: CorpusGen / Lucene.NET", "phrase", "prefix"],
     [("CorpusGen_Terms", "Lucene_Terms", None), ("CorpusGen_Phrase", "Lucene_Phrase", None), ("CorpusGen_Prefix", "Lucene_Prefix", None)]),
]
for title, unit, headers, pairs in tables:
    print(f"\n## {title}")
    print("| corpus | " + " | ".join(headers) + " |")
    print("|---|" + "---:|" * len(headers))
    for c in order:
        b = bdn(c)
        print(f"| {label[c]} | " + " | ".join(cell(b, cg, other, unit, extra) for cg, other, extra in pairs) + " |")
        if unit == "μs":
            print("   allocs:", {m: steady_rows(b, m)[0][-2] for m in b if (m.startswith("CorpusGen_") or m.startswith("Lucene_")) and steady_rows(b, m)})

print("\n## build side")
print("| corpus | raw text | generator | edit: generator again | compile | assembly | `dotnet build`: wall / peak | NativeAOT publish: wall / peak / executable |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for c in order:
    t = tsv(f"build-{c}.tsv")
    if not t: continue
    w, m = timev(f"dotnet-build-{c}.txt")
    aw, am = timev(f"dotnet-publish-aot-{c}.txt")
    exe = t.get("executable_bytes_aot", [""])[0]
    exe = f"{int(exe)/1e6:.0f} MB" if exe else ""
    g = float(t["generator_s"][0]); e = float(t["edit_generator_s"][0])
    print(f"| {label[c]} | {int(t['raw_bytes'][0])/1e6:.1f} MB | {g:.2f} s | {e:.2f} s ({100*float(t['edit_ratio'][0]):.0f} %) | {float(t['compile_emit_s'][0]):.1f} s | {int(t['assembly_bytes'][0])/1e6:.1f} MB | {w} / {m:.2f} GB | {aw} / {am:.2f} GB / {exe} |")
for c in order:
    t = tsv(f"build-{c}-resource.tsv")
    if not t: continue
    w, m = timev(f"dotnet-build-{c}-resource.txt")
    g = float(t["generator_s"][0]); e = float(t["edit_generator_s"][0])
    print(f"| {label[c]}, Resource | | {g:.2f} s | {e:.2f} s ({100*float(t['edit_ratio'][0]):.1f} %) | {float(t['compile_emit_s'][0]):.1f} s | | {w} / {m:.2f} GB | |")
