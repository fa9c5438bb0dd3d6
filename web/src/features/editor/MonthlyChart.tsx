import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface MonthPoint {
  label: string;
  newProfiles: number;
  updatedProfiles: number;
  unconfirmedProfiles: number;
}

// Three series told apart by colour and by line style, so they do not rest on colour alone.
export function MonthlyChart({ title, data }: { title: string; data: MonthPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 4, left: 0 }} title={title} accessibilityLayer>
        <CartesianGrid stroke="#c9d1da" />
        <XAxis dataKey="label" stroke="#4a5560" />
        <YAxis allowDecimals={false} stroke="#4a5560" />
        <Tooltip />
        <Legend />
        <Line dataKey="newProfiles" name="Nye" stroke="#1d4e89" strokeWidth={2} isAnimationActive={false} />
        <Line dataKey="updatedProfiles" name="Oppdaterte" stroke="#1e6b34" strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
        <Line
          dataKey="unconfirmedProfiles"
          name="Ikke bekreftet"
          stroke="#a4161a"
          strokeWidth={2}
          strokeDasharray="2 3"
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
