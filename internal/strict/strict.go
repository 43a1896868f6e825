// Package strict decodes YAML nodes into Go structs the way editors need it:
// unknown keys, wrong types and missing required keys are all reported, each
// with the line and column of the offending node and, for unknown keys, a
// "did you mean" hint. It is shared by site.yaml and front matter. It knows
// nothing about what the values mean; callers validate meaning afterwards,
// using the positions Decode records for every field.
package strict

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/osaamo/osaamo/internal/diag"
)

// Problem is one decoding error at a position of the YAML document.
type Problem struct {
	Line, Col int
	Message   string
	Hint      string
}

// Pos is the position of a decoded value in the YAML document.
type Pos struct{ Line, Col int }

// Positions maps a dotted field path ("materials.2.type", "competence.0") to
// the position of its value node, and the same path with the suffix ":key"
// to the position of its key.
type Positions map[string]Pos

// Scalar is implemented by field types that parse themselves from a scalar
// string (a month, a date, an enumeration). The error message is used as is.
type Scalar interface {
	ParseScalar(s string) error
}

// Decode decodes node, a mapping, into out (a pointer to a struct). Struct
// fields are matched by their `yaml:"name"` tag; `yaml:",inline"` embeds a
// struct's fields; the tag `required:"true"` makes a key mandatory. Decode
// reports every problem it finds rather than stopping at the first. noun
// names the document in messages: "unknown front matter key \"titel\"".
func Decode(node *yaml.Node, out any, noun string) ([]Problem, Positions) {
	d := &decoder{pos: Positions{}, noun: noun}
	if node.Kind == yaml.DocumentNode {
		if len(node.Content) == 0 {
			d.fail(node, "empty document", "")
			return d.problems, d.pos
		}
		node = node.Content[0]
	}
	d.value(node, reflect.ValueOf(out).Elem(), "")
	sort.SliceStable(d.problems, func(i, j int) bool {
		a, b := d.problems[i], d.problems[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return d.problems, d.pos
}

type decoder struct {
	problems []Problem
	pos      Positions
	noun     string // "front matter", "site.yaml": names what is being decoded in messages
}

func (d *decoder) fail(n *yaml.Node, msg, hint string) {
	d.problems = append(d.problems, Problem{Line: n.Line, Col: n.Column, Message: msg, Hint: hint})
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// field describes one settable struct field reachable from a mapping,
// including fields of inlined structs.
type field struct {
	name     string
	required bool
	index    []int
}

func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if opts == "inline" {
			for _, sub := range fieldsOf(f.Type) {
				sub.index = append([]int{i}, sub.index...)
				out = append(out, sub)
			}
			continue
		}
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out = append(out, field{name: name, required: f.Tag.Get("required") == "true", index: []int{i}})
	}
	return out
}

var scalarType = reflect.TypeOf((*Scalar)(nil)).Elem()

func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode {
		// Following aliases lets a few lines expand exponentially ("billion
		// laughs"); front matter and site.yaml have no use for them.
		d.fail(n, fmt.Sprintf("%s: YAML aliases (*%s) are not supported", path, n.Value), "write the value out in full")
		return
	}
	d.pos[path] = Pos{n.Line, n.Column}
	if v.CanAddr() && v.Addr().Type().Implements(scalarType) {
		if isNull(n) {
			return
		}
		if n.Kind != yaml.ScalarNode {
			d.fail(n, fmt.Sprintf("%s: expected a single value, found %s", path, describe(n)), "")
			return
		}
		if err := v.Addr().Interface().(Scalar).ParseScalar(n.Value); err != nil {
			d.fail(n, fmt.Sprintf("%s: %v", path, err), "")
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(n) {
			return
		}
		nv := reflect.New(v.Type().Elem())
		d.value(n, nv.Elem(), path)
		v.Set(nv)
	case reflect.Struct:
		d.mapping(n, v, path)
	case reflect.Slice:
		if isNull(n) {
			return
		}
		if n.Kind != yaml.SequenceNode {
			hint := ""
			if n.Kind == yaml.ScalarNode {
				hint = fmt.Sprintf("write a list, e.g. %s: [%s]", last(path), n.Value)
			}
			d.fail(n, fmt.Sprintf("%s: expected a list, found %s", path, describe(n)), hint)
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			d.value(item, s.Index(i), join(path, strconv.Itoa(i)))
		}
		v.Set(s)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			d.fail(n, fmt.Sprintf("%s: expected a mapping of keys to values, found %s", path, describe(n)), "")
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			ev := reflect.New(v.Type().Elem()).Elem()
			d.value(val, ev, join(path, k.Value))
			m.SetMapIndex(reflect.ValueOf(k.Value), ev)
		}
		v.Set(m)
	case reflect.String:
		if isNull(n) {
			return // "summary:" with nothing after it is an empty text
		}
		if n.Kind != yaml.ScalarNode {
			d.fail(n, fmt.Sprintf("%s: expected text, found %s", path, describe(n)), "")
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.fail(n, fmt.Sprintf("%s: expected true or false, found %s", path, describe(n)), "write true or false")
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	case reflect.Int, reflect.Int64:
		i, err := strconv.ParseInt(n.Value, 10, 64)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
			d.fail(n, fmt.Sprintf("%s: expected a whole number, found %s", path, describe(n)), "")
			return
		}
		v.SetInt(i)
	case reflect.Float64:
		f, err := strconv.ParseFloat(n.Value, 64)
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || err != nil {
			d.fail(n, fmt.Sprintf("%s: expected a number, found %s", path, describe(n)), "")
			return
		}
		v.SetFloat(f)
	default:
		panic(fmt.Sprintf("strict: unsupported field type %s", v.Type()))
	}
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		if isNull(n) {
			n = &yaml.Node{Kind: yaml.MappingNode, Line: n.Line, Column: n.Column}
		} else {
			d.fail(n, fmt.Sprintf("%s: expected a mapping of keys to values, found %s", strings.TrimPrefix(path, "."), describe(n)), "")
			return
		}
	}
	fields := fieldsOf(v.Type())
	byName := make(map[string]field, len(fields))
	names := make([]string, 0, len(fields))
	for _, f := range fields {
		byName[f.name] = f
		names = append(names, f.name)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		f, ok := byName[k.Value]
		if !ok {
			d.fail(k, fmt.Sprintf("unknown %s key %q", d.noun, join(path, k.Value)), diag.Suggest(k.Value, names))
			continue
		}
		if seen[k.Value] {
			d.fail(k, fmt.Sprintf("key %q appears twice", join(path, k.Value)), "remove one of them")
			continue
		}
		seen[k.Value] = true
		p := join(path, k.Value)
		d.pos[p+":key"] = Pos{k.Line, k.Column}
		fv := v.FieldByIndex(f.index)
		d.value(val, fv, p)
		if f.required && fv.Kind() == reflect.String && (isNull(val) || (val.Kind == yaml.ScalarNode && strings.TrimSpace(val.Value) == "")) {
			d.fail(k, fmt.Sprintf("%s key %q has no value", d.noun, p), fmt.Sprintf("write a value after %q", k.Value+":"))
		}
	}
	for _, f := range fields {
		if f.required && !seen[f.name] {
			line, col := n.Line, n.Column
			d.problems = append(d.problems, Problem{Line: line, Col: col,
				Message: fmt.Sprintf("missing required %s key %q", d.noun, join(path, f.name)),
				Hint:    fmt.Sprintf("add a line %q", f.name+": …")})
		}
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func last(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}

// describe names what a node holds, for "expected X, found Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!str":
			return fmt.Sprintf("text %q", n.Value)
		case "!!bool":
			return fmt.Sprintf("true/false %q", n.Value)
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "an unexpected value"
}
