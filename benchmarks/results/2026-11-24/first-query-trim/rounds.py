import subprocess, time, sys, statistics, os
# usage: rounds.py N label:cmd... (cmd split by spaces)
n=int(sys.argv[1]); cmds=[a.split(':',1) for a in sys.argv[2:]]
res={l:[] for l,_ in cmds}
for r in range(n):
    order=cmds[r%len(cmds):]+cmds[:r%len(cmds)]
    for l,c in order:
        t=time.perf_counter(); subprocess.run(c.split(),stdout=subprocess.DEVNULL); res[l].append((time.perf_counter()-t)*1000)
base=statistics.median(res[cmds[0][0]])
for l,_ in cmds:
    m=statistics.median(res[l]); print(f"{l:30s} median {m:7.2f} ms  x{m/base:.3f}")
