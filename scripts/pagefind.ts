// Indexes the built site for search (the search issue fills this in). Runs after `astro build`.
console.log('pagefind: not yet configured');
