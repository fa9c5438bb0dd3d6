import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * Counts as horizontal bars (long Norwegian labels read well on the left). Recharts' keyboard
 * layer lets the bars be stepped through with the arrow keys; the table beside it carries the
 * same numbers for everyone else.
 */
export function FacetBarChart({ title, data }: { title: string; data: Array<{ label: string; count: number }> }) {
  const height = Math.max(120, data.length * 28 + 40);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} title={title} accessibilityLayer>
        <CartesianGrid horizontal={false} stroke="#c9d1da" />
        <XAxis type="number" allowDecimals={false} stroke="#4a5560" />
        <YAxis type="category" dataKey="label" width={220} stroke="#4a5560" interval={0} tick={{ fontSize: 13 }} />
        <Tooltip formatter={(value) => [value, 'Profiler']} />
        <Bar dataKey="count" name="Profiler" fill="#1d4e89" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
