#!/usr/bin/env bash
# Writes a synthetic WordPress export (WXR 1.2) of N published posts to standard output, for timing
# `dateline import wordpress`: 12 categories (some nested), 200 tags, 5 authors, classic bodies of four
# paragraphs with a [caption] every tenth post, and an approved comment (with a threaded reply) on every fifth.
#   bench/wordpress-export.sh 100000 > /tmp/export.xml
set -euo pipefail
posts="${1:-100000}"
awk -v posts="$posts" 'BEGIN {
  site = "https://bench.example"
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  print "<rss version=\"2.0\" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">"
  print "<channel><title>Bench Gazette</title><link>" site "</link><wp:wxr_version>1.2</wp:wxr_version>"
  print "<wp:base_site_url>" site "</wp:base_site_url><wp:base_blog_url>" site "</wp:base_blog_url>"
  for (a = 1; a <= 5; a++) printf "<wp:author><wp:author_login><![CDATA[reporter%d]]></wp:author_login><wp:author_display_name><![CDATA[Reporter %d]]></wp:author_display_name></wp:author>\n", a, a
  split("world politics business sport culture science", roots, " ")
  for (c = 1; c <= 6; c++) printf "<wp:category><wp:term_id>%d</wp:term_id><wp:category_nicename>%s</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[%s]]></wp:cat_name></wp:category>\n", c, roots[c], roots[c]
  for (c = 7; c <= 12; c++) printf "<wp:category><wp:term_id>%d</wp:term_id><wp:category_nicename>%s-desk</wp:category_nicename><wp:category_parent>%s</wp:category_parent><wp:cat_name><![CDATA[%s desk]]></wp:cat_name></wp:category>\n", c, roots[c-6], roots[c-6], roots[c-6]
  for (t = 1; t <= 200; t++) printf "<wp:tag><wp:term_id>%d</wp:term_id><wp:tag_slug>topic-%d</wp:tag_slug><wp:tag_name><![CDATA[Topic %d]]></wp:tag_name></wp:tag>\n", 1000 + t, t, t
  srand(42)
  for (i = 1; i <= posts; i++) {
    id = 100 + i
    day = 1 + (i % 28); month = 1 + (int(i / 28) % 12); year = 2010 + int(i / 336) % 15
    date = sprintf("%04d-%02d-%02d %02d:%02d:00", year, month, day, i % 24, i % 60)
    slug = sprintf("report-%d-from-the-valley", i)
    cat = 1 + (i % 12); catslug = (cat <= 6) ? roots[cat] : roots[cat-6] "-desk"
    body = sprintf("Aid convoys reached district %d on the morning after the floods, officials said.\n\nRoads remain closed in %d places and the authorities asked residents to stay indoors.\n\nMarket prices rose by %d per cent in the provincial capital, traders said, <em>as supplies ran short</em>.\n\nThe meteorological office expects more rain this week.", i, i % 17, i % 40)
    if (i % 10 == 0) body = body "\n\n[caption width=\"300\"]<img src=\"" site "/wp-content/uploads/2020/01/photo-" i ".jpg\" alt=\"Flood\" /> Water in the streets[/caption]"
    printf "<item><title>Report %d from the valley</title><link>%s/%s/</link><dc:creator><![CDATA[reporter%d]]></dc:creator>\n", i, site, slug, 1 + i % 5
    printf "<content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[Convoys reach district %d.]]></excerpt:encoded>\n", body, i
    printf "<wp:post_id>%d</wp:post_id><wp:post_date>%s</wp:post_date><wp:post_date_gmt>%s</wp:post_date_gmt><wp:comment_status>open</wp:comment_status>\n", id, date, date
    printf "<wp:post_name>%s</wp:post_name><wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type>post</wp:post_type><wp:is_sticky>0</wp:is_sticky>\n", slug
    printf "<category domain=\"category\" nicename=\"%s\"><![CDATA[%s]]></category>", catslug, catslug
    printf "<category domain=\"post_tag\" nicename=\"topic-%d\"><![CDATA[Topic %d]]></category><category domain=\"post_tag\" nicename=\"topic-%d\"><![CDATA[Topic %d]]></category>\n", 1 + i % 200, 1 + i % 200, 1 + (i * 7) % 200, 1 + (i * 7) % 200
    if (i % 5 == 0) {
      printf "<wp:comment><wp:comment_id>%d</wp:comment_id><wp:comment_author><![CDATA[Reader %d]]></wp:comment_author><wp:comment_author_email>reader%d@example.com</wp:comment_author_email><wp:comment_date>%s</wp:comment_date><wp:comment_date_gmt>%s</wp:comment_date_gmt><wp:comment_content><![CDATA[Thank you for the report.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>\n", 2 * i, i, i, date, date
      printf "<wp:comment><wp:comment_id>%d</wp:comment_id><wp:comment_author><![CDATA[Desk]]></wp:comment_author><wp:comment_author_email>desk@example.com</wp:comment_author_email><wp:comment_date>%s</wp:comment_date><wp:comment_date_gmt>%s</wp:comment_date_gmt><wp:comment_content><![CDATA[We will follow up.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>%d</wp:comment_parent></wp:comment>\n", 2 * i + 1, date, date, 2 * i
    }
    print "</item>"
  }
  print "</channel></rss>"
}'
