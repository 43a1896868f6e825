package strict

import (
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

var lineRE = regexp.MustCompile(`line (\d+): `)

// Parse parses src as one YAML document. A syntax error comes back as a
// Problem at the line the YAML parser names (column 1: the parser does not
// report one), with its message made readable.
func Parse(src []byte) (*yaml.Node, *Problem) {
	var n yaml.Node
	err := yaml.Unmarshal(src, &n)
	if err == nil {
		return &n, nil
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := lineRE.FindStringSubmatchIndex(msg); m != nil {
		line, _ = strconv.Atoi(msg[m[2]:m[3]])
		msg = msg[:m[0]] + msg[m[1]:]
	}
	hint := "check indentation and that every key is followed by \": \""
	if strings.Contains(msg, "found character that cannot start any token") {
		hint = "YAML does not allow tabs for indentation; use spaces, and quote values that start with @, ` or %"
	} else if strings.Contains(msg, "mapping values are not allowed") {
		hint = "a value containing \": \" must be quoted, e.g. title: \"Teema: alaotsikko\""
	}
	return nil, &Problem{Line: line, Col: 1, Message: "invalid YAML: " + msg, Hint: hint}
}
