import { describeError, isTransient } from '../graphql/api-error';

/** An error in words, announced to screen readers, with a way to try again when that may help. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="error-message" role="alert">
      <p>{describeError(error)}</p>
      {onRetry && isTransient(error) && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Prøv igjen
        </button>
      )}
    </div>
  );
}
