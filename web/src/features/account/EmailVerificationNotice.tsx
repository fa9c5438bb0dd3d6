import { useState } from 'react';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ResendVerificationMutation } from './password-operations';

/** Until the login address is confirmed: say so, and offer the mail again. */
export function EmailVerificationNotice({ email }: { email: string }) {
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resend = async () => {
    setError(null);
    try {
      await request(ResendVerificationMutation, {});
      setSent(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="note">
      <p>
        Bekreft e-postadressen {email} med lenken vi sendte deg.{' '}
        {!sent && (
          <button type="button" className="link-button" onClick={resend}>
            Send lenken på nytt
          </button>
        )}
      </p>
      <p role="status" className="ok-message">
        {sent ? 'Vi har sendt lenken på nytt.' : ''}
      </p>
      {error != null && <ErrorMessage error={error} />}
    </div>
  );
}
