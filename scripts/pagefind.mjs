// Placeholder until the search issue: index the built site with Pagefind.
