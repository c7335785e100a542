import subprocess, time, statistics, sys
ID = "000000_435119465ce656b0"
builds = {"100 source": "/work/fq/base100/CorpusGen.FirstQuery", "10k source": "/work/fq/base10k/CorpusGen.FirstQuery", "100 resource": "/work/fq/res100/CorpusGen.FirstQuery", "10k resource": "/work/fq/res10k/CorpusGen.FirstQuery", "10k resource, ArticleProperties=false": "/work/fq/res10knp/CorpusGen.FirstQuery"}
modes = [("hello", ["hello"]), ("byid", ["corpusgen-byid", ID]), ("search", ["corpusgen-search", sys.argv[1] if len(sys.argv) > 1 else "minister budget"])]
res = {}
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
for i in range(rounds):
    for b, exe in builds.items():
        for m, args in modes:
            t = time.perf_counter(); subprocess.run([exe] + args, stdout=subprocess.DEVNULL); res.setdefault((b, m), []).append((time.perf_counter() - t) * 1000)
for b in builds:
    h = statistics.median(res[(b, "hello")])
    print(b, " ".join(f"{m} {statistics.median(res[(b, m)]):.2f} ms ({statistics.median(res[(b, m)]) / h:.3f})" for m, _ in modes))
