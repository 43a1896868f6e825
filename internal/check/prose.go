package check

import (
	"fmt"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// prose gives plain-language hints as warnings: a sentence or a paragraph
// longer than the limits of site.yaml's check block (0 turns a hint off).
// Only running text counts; headings, tables and code do not. The limits
// and why they are what they are: docs/check.md.
func prose(s *site.Site) diag.List {
	if s.Config == nil {
		return nil
	}
	maxSentence, maxParagraph := s.Config.Check.MaxSentenceWords, s.Config.Check.MaxParagraphWords
	if maxSentence == 0 && maxParagraph == 0 {
		return nil
	}
	var ds diag.List
	for _, p := range s.Pages {
		if p.Parsed == nil {
			continue
		}
		for _, para := range p.Parsed.Paragraphs {
			if maxParagraph > 0 && para.Words > maxParagraph {
				ds = append(ds, at(p, para.Line, para.Col, diag.Diagnostic{
					Severity: diag.Warning,
					Message:  fmt.Sprintf("paragraph has %d words, more than the limit of %d", para.Words, maxParagraph),
					Hint:     "give each paragraph one idea: split it, or turn a series into a list (limit: check.max_paragraph_words in site.yaml)"}))
			}
			if maxSentence == 0 {
				continue
			}
			for _, sn := range para.Sentences {
				if sn.Words > maxSentence {
					ds = append(ds, at(p, sn.Line, sn.Col, diag.Diagnostic{
						Severity: diag.Warning,
						Message:  fmt.Sprintf("sentence has %d words, more than the limit of %d", sn.Words, maxSentence),
						Hint:     "split it into shorter sentences, one thing each (limit: check.max_sentence_words in site.yaml)"}))
				}
			}
		}
	}
	return ds
}
