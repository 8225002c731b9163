// Drives Dateline's WordPress REST API with node-wpapi, a real WordPress client, the way an app would:
// discover the API from the site's Link header, then read each collection. Prints one JSON summary on stdout;
// tests/Dateline.Tests/WordPress/Api/WordPressClientTests.cs runs it and checks the summary.
// Usage: node wpapi-client.mjs http://127.0.0.1:5080 [search words]
import WPAPI from 'wpapi';

const [site, words = 'markup'] = process.argv.slice(2);
const ids = (items) => items.map((item) => item.id);

const wp = await WPAPI.discover(site);
const firstPage = await wp.posts().perPage(5).get();
const secondPage = await wp.posts().perPage(5).page(2).get();
const categories = await wp.categories().perPage(100).get();
const busiest = [...categories].sort((a, b) => b.count - a.count)[0];
const inCategory = await wp.posts().categories(busiest.id).perPage(100).get();
const found = await wp.posts().search(words).get();
const embedded = await wp.posts().perPage(3).embed().get();
const one = await wp.posts().id(firstPage[0].id).get();
const pages = await wp.pages().perPage(100).get();
const tags = await wp.tags().perPage(100).get();
const users = await wp.users().get();
const comments = await wp.comments().perPage(100).get();
const media = await wp.media().get();
let missing;
try {
  await wp.posts().id(999999).get();
} catch (error) {
  missing = { code: error.code, status: error.data && error.data.status };
}

console.log(JSON.stringify({
  discovered: wp._options.endpoint,
  firstPage: ids(firstPage),
  total: firstPage._paging.total,
  totalPages: firstPage._paging.totalPages,
  secondPage: ids(secondPage),
  secondPageHasPrev: Boolean(secondPage._paging.prev),
  secondPageHasNext: Boolean(secondPage._paging.next),
  busiestCategory: { id: busiest.id, count: busiest.count },
  inCategory: ids(inCategory),
  found: ids(found),
  embeddedAuthors: embedded.map((post) => post._embedded && post._embedded.author ? post._embedded.author[0].id : null),
  embeddedTerms: embedded.map((post) => post._embedded && post._embedded['wp:term'] ? post._embedded['wp:term'].length : 0),
  one: { id: one.id, title: one.title.rendered, link: one.link },
  pages: ids(pages),
  categories: categories.length,
  tags: tags.length,
  users: users.map((user) => ({ id: user.id, slug: user.slug })),
  comments: ids(comments),
  media: ids(media),
  missing,
}));
