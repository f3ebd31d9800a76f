import { css } from 'lit';

export const themeListStyles = css`
  .back {
    font-size: 0.875em;
  }
  .opened {
    margin-block-start: 0.75rem;
  }
  .opened ngo-report-region {
    margin-block-start: 0.5rem;
  }
  .index,
  .regions {
    margin-block-start: 0.5rem;
  }
  .index li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
    padding-block: 0.4rem;
    border-block-start: 1px solid var(--_border);
  }
  .mention {
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }
  .mention [part='subtitle'] {
    margin-block-start: 0;
  }
  .highlight {
    padding-block: 0.25rem;
  }
  @container (min-width: 40rem) {
    .regions {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 calc(var(--_space) * 1.5);
    }
  }
`;
