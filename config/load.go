package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/denylint/denylint/source"
)

// Read parses the config file at path. Problems with its content are
// located diagnostics; only an unreadable file is an error.
func Read(path string) (*File, []source.Diagnostic, error) {
	data, err := source.ReadFile(path, source.MaxFileSize)
	if err != nil {
		return nil, nil, fmt.Errorf("read config: %w", err)
	}
	f, diags := Parse(path, data)
	return f, diags, nil
}

// Parse reads a config file's content; file names it in diagnostics. The
// File is returned even with errors, holding what could be read.
func Parse(file string, data []byte) (*File, []source.Diagnostic) {
	f := &File{Path: file}
	var doc yaml.Node
	if err := unmarshal(data, &doc); err != nil {
		return f, []source.Diagnostic{syntaxError(file, err)}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return f, nil // an empty file is an empty config
	}
	d := &decoder{lines: newLineIndex(file, data), at: map[string]source.Range{}}
	d.value(doc.Content[0], reflect.ValueOf(f).Elem(), "")
	f.at = d.at
	f.Path = file
	return f, append(d.diags, f.check()...)
}

// unmarshal parses YAML; a parser panic becomes an error.
func unmarshal(data []byte, doc *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return yaml.Unmarshal(data, doc)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError locates a YAML parse error; yaml.v3 gives the line only, and
// that of the enclosing construct.
func syntaxError(file string, err error) source.Diagnostic {
	line, msg := 1, err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	p := source.Pos{Line: line, Column: 1}
	return source.Diagnostic{Severity: source.Error, Summary: "config is not valid YAML", Detail: msg,
		Range: source.Range{File: file, Start: p, End: p}}
}

// Find looks for FileName in dir and its parents, stopping after the
// folder that holds .git so that one repository's settings never leak into
// another. It returns "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		} else if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("find config: %w", err)
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Resolve makes a path written in the config relative to the config's
// folder, as the user meant it, whatever the working directory.
func (f *File) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) || f.Path == "" {
		return p
	}
	return filepath.Join(filepath.Dir(f.Path), p)
}

// Where returns where the value at a key path ("rules.severity.DL001",
// "expect[0].can") was written, or the file's start.
func (f *File) Where(path string) source.Range {
	if r, ok := f.at[path]; ok {
		return r
	}
	p := source.Pos{Line: 1, Column: 1}
	return source.Range{File: f.Path, Start: p, End: p}
}
