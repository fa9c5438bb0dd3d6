export function Loading({ label = 'Laster …' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
