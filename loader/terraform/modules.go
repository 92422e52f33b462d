package terraform

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"

	"github.com/denylint/denylint/source"
)

// installedModule looks a call up in .terraform/modules/modules.json of
// the root, where `terraform init` records where it put each module.
func (ev *evaluator) installedModule(parent *module, name string) (string, bool) {
	key := name
	if parent.callPath != "" {
		key = parent.callPath + "." + name
	}
	dirs := ev.installed(parent.root.cfg.dir)
	d, ok := dirs[key]
	return d, ok
}

type modulesManifest struct {
	Modules []struct {
		Key string `json:"Key"`
		Dir string `json:"Dir"`
	} `json:"Modules"`
}

func (ev *evaluator) installed(root string) map[string]string {
	if m, ok := ev.manifests[root]; ok {
		return m
	}
	out := map[string]string{}
	ev.manifests[root] = out
	home := filepath.Join(root, ".terraform", "modules")
	manifest := filepath.Join(home, "modules.json")
	data, err := source.ReadFile(manifest, source.MaxFileSize)
	if err != nil {
		return out
	}
	var mf modulesManifest
	if err := json.Unmarshal(data, &mf); err != nil {
		return out
	}
	for _, m := range mf.Modules {
		if m.Key == "" || m.Dir == "" {
			continue
		}
		// Dir is relative to the directory terraform init ran in.
		dir := m.Dir
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(root, dir)
		}
		dir = filepath.Clean(dir)
		// terraform init puts what it downloads under .terraform/modules;
		// a manifest naming another folder was not written by it.
		if !within(dir, home) || !within(realPath(dir), realPath(home)) {
			ev.report(source.Diagnostic{Severity: source.Warning, Summary: "installed module outside .terraform/modules",
				Detail: "modules.json places module " + m.Key + " in " + m.Dir + "; denylint reads installed modules only from " + home + ".",
				Range:  source.Range{File: manifest, Start: source.Pos{Line: 1, Column: 1}, End: source.Pos{Line: 1, Column: 1}}})
			continue
		}
		out[m.Key] = dir
		ev.allowRead(dir)
	}
	return out
}

// allowRead lets file() and templatefile() read dir.
func (ev *evaluator) allowRead(dir string) {
	ev.readable = append(ev.readable, dir)
	if ev.side != nil {
		ev.side.events = append(ev.side.events, event{kind: madeReadable, key: dir})
	}
}

// moduleDir returns the configuration of a directory, reading it from
// disk when it was not among the scanned files.
func (ev *evaluator) moduleDir(dir string) *moduleConfig {
	if cfg, ok := ev.configs[dir]; ok {
		return cfg
	}
	if ev.side != nil {
		return ev.side.moduleDir(ev, dir)
	}
	l := &dirLoad{}
	l.load(dir, ev.readable)
	ev.applyDir(dir, l)
	return l.cfg
}

// dirLoad is a module directory read during evaluation, with what reading
// it reported.
type dirLoad struct {
	once  sync.Once
	cfg   *moduleConfig
	files []*file
	diags []source.Diagnostic
	// readable is set when file() may read the directory's own files.
	readable bool
}

func (l *dirLoad) load(dir string, readable []string) {
	paths := moduleFiles(dir)
	if len(paths) == 0 {
		return
	}
	files, diags := parseFiles(paths)
	// Its own files are for file() to read, but a module that contains
	// the scanned tree (source = "../../..") must not open all of it.
	l.readable = len(readable) == 0 || !within(readable[0], dir)
	for _, f := range files {
		if f != nil {
			l.files = append(l.files, f)
		}
	}
	cfg, more := readConfig(dir, files)
	l.cfg = cfg
	l.diags = append(slices.Clip(diags), more...)
}

// applyDir adds a module directory read during evaluation to what the
// evaluation knows.
func (ev *evaluator) applyDir(dir string, l *dirLoad) {
	ev.diags = append(ev.diags, l.diags...)
	if l.readable {
		ev.readable = append(ev.readable, dir)
	}
	for _, f := range l.files {
		ev.files[f.path] = f
	}
	ev.configs[dir] = l.cfg
}

// moduleFiles lists the configuration files of a directory.
func moduleFiles(dir string) []string {
	var paths []string
	for _, pat := range []string{"*.tf", "*.tf.json"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, p := range m {
			// A directory named like a file is not one, and a named pipe
			// would block the read.
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				paths = append(paths, p)
			}
		}
	}
	sort.Strings(paths)
	return paths
}

// addConfig reads the declarations of files, all of one directory.
func (ev *evaluator) addConfig(dir string, files []*file) *moduleConfig {
	for _, f := range files {
		if f != nil {
			ev.files[f.path] = f
		}
	}
	cfg, diags := readConfig(dir, files)
	ev.diags = append(ev.diags, diags...)
	ev.configs[dir] = cfg
	return cfg
}

func readConfig(dir string, files []*file) (*moduleConfig, []source.Diagnostic) {
	var tf []*file
	for _, f := range files {
		if f != nil && (f.kind == kindTF || f.kind == kindTFJSON) {
			tf = append(tf, f)
		}
	}
	return readModule(dir, tf)
}
