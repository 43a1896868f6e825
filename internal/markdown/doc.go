// Package markdown is the Markdown stage of the pipeline. Parse turns the body
// of one content file into an AST and collects what later stages check — its
// headings with their anchors, its links, its images, the header cells of its
// tables and the word counts of its paragraphs and sentences, each with the
// position where the editor wrote it — and reports the problems a single file
// shows on its own: images without alt text, refused link schemes
// (javascript:, vbscript:, data:), links without text and unknown callout
// kinds. Doc.Render turns the AST into body HTML and plain text, rewriting
// link and image targets through a Resolver that the site stage implements.
//
// The dialect is CommonMark with GitHub tables, task lists, strikethrough and
// autolinks, footnotes and definition lists, plus osaamo's callouts
// ("> [!vinkki]") and figures (an image with a title, alone in its paragraph).
// The HTML never carries a style attribute, so pages work under a strict
// Content Security Policy; code is highlighted with CSS classes and
// HighlightCSS supplies the matching stylesheet.
//
// The package deliberately does not check whether link targets exist, whether
// anchors resolve or whether image files are present: it knows one file, and
// those checks need the whole site. Nor does it wrap the body in a page; the
// theme does that.
package markdown
