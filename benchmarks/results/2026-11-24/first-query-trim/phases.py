import subprocess, sys, re, statistics
# usage: phases.py N exe [query]
n=int(sys.argv[1]); exe=sys.argv[2]; q=sys.argv[3:]
vals={}
for i in range(n):
    out=subprocess.run([exe,"corpusgen-search-phases",*q],capture_output=True,text=True).stdout
    for name,us in re.findall(r"(open|an article's id|ById|term lookup|first Search|second Search) (\d+) us", out):
        vals.setdefault(name,[]).append(int(us))
print(exe, "  ".join(f"{k} {statistics.median(v):.0f}" for k,v in vals.items()), " total", sum(statistics.median(v) for v in vals.values()))
