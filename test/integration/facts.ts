// What a reader of the sample article (seeds/000_70231c3abc8c0ee5.txt) knows to be true, independent
// of how the engine finds it.
export const lavrov = {
  name: 'Sergey Lavrov',
  /** Written "Russian Foreign Minister Sergey Lavrov" in the article. */
  rolePattern: /Foreign Minister/,
  /** He is quoted at least this often (frozen channels, baseless accusations, fake insinuations, force, ...). */
  minQuotes: 8,
  quote: 'Democracy cannot be done by force.',
};

export const pompeo = {
  name: 'Mike Pompeo',
  rolePattern: /Secretary of State/,
  minQuotes: 8,
  quote: 'We have disagreement.',
};
