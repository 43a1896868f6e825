package config

import (
	"fmt"

	"github.com/osaamo/osaamo/internal/diag"
)

// Checks holds the limits of the plain-language hints that the check stage
// gives as warnings. A limit of 0 turns its hint off. Why the defaults are
// what they are: docs/check.md.
type Checks struct {
	MaxSentenceWords  int `yaml:"max_sentence_words"`
	MaxParagraphWords int `yaml:"max_paragraph_words"`
}

// Default limits. Kotus counts 15–25 words as a long sentence in clear
// official Finnish; a paragraph of 120 words is five such sentences, or
// about ten of average length.
const (
	DefaultMaxSentenceWords  = 25
	DefaultMaxParagraphWords = 120
)

// validateChecks fills in the default of every limit site.yaml leaves out
// and rejects negative ones.
func (c *Config) validateChecks() diag.List {
	var ds diag.List
	limits := []struct {
		key string
		v   *int
		def int
	}{
		{"check.max_sentence_words", &c.Check.MaxSentenceWords, DefaultMaxSentenceWords},
		{"check.max_paragraph_words", &c.Check.MaxParagraphWords, DefaultMaxParagraphWords},
	}
	for _, l := range limits {
		if _, set := c.Pos[l.key]; !set {
			*l.v = l.def
			continue
		}
		if *l.v < 0 {
			ds = append(ds, c.At(l.key, fmt.Sprintf("%s is negative (%d)", l.key, *l.v),
				fmt.Sprintf("write a number of words, e.g. %d, or 0 to turn the hint off", l.def)))
		}
	}
	return ds
}
