import { type FormEvent, useEffect, useState } from 'react';

/** The one search box. Submitting writes the text to the URL; the URL drives the results. */
export function SearchForm({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const [text, setText] = useState(query);
  // Back/forward changes the URL: show the text of the search on screen.
  useEffect(() => setText(query), [query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text);
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor="sok" className="search-form__label">
        Søk etter tema, navn eller fagområde
      </label>
      <div className="search-form__row">
        <input
          id="sok"
          name="q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={300}
          autoComplete="off"
          aria-describedby="sok-hjelp"
        />
        <button type="submit" className="button">
          Søk
        </button>
      </div>
      <p id="sok-hjelp" className="hint">
        For eksempel <i>mestringsstrategier</i>, <i>brukermedvirkning</i> eller et navn. Bruk «anførselstegn» for
        uttrykk, OR for alternativer og minus for å utelate et ord.
      </p>
    </form>
  );
}
