import { loadGraph } from './src/cli/loadGraph';
const l = loadGraph('graph-data'); if (!l.ok) throw 0;
const g = l.graph; let cx=0, cy=0; g.forEachNode((_n,a)=>{cx+=a.x/g.order; cy+=a.y/g.order});
const rows = g.mapNodes((n,a)=>[a.kind, Math.round(Math.hypot(a.x-cx,a.y-cy)), a.size] as const);
const core = rows.filter(r=>['actor','agreement','partnership'].includes(r[0])).map(r=>r[1]);
const out = rows.filter(r=>!['actor','agreement','partnership'].includes(r[0])).map(r=>r[1]);
console.log('core', core.sort((a,b)=>a-b).join(' ')); console.log('outer', out.sort((a,b)=>a-b).join(' '));
