package terraform

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"

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
		ev.readable = append(ev.readable, dir)
	}
	return out
}

// moduleDir returns the configuration of a directory, reading it from
// disk when it was not among the scanned files.
func (ev *evaluator) moduleDir(dir string) *moduleConfig {
	if cfg, ok := ev.configs[dir]; ok {
		return cfg
	}
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
	if len(paths) == 0 {
		ev.configs[dir] = nil
		return nil
	}
	files, diags := parseFiles(paths)
	ev.diags = append(ev.diags, diags...)
	// Its own files are for file() to read, but a module that contains
	// the scanned tree (source = "../../..") must not open all of it.
	if len(ev.readable) == 0 || !within(ev.readable[0], dir) {
		ev.readable = append(ev.readable, dir)
	}
	cfg := ev.addConfig(dir, files)
	return cfg
}

// addConfig reads the declarations of files, all of one directory.
func (ev *evaluator) addConfig(dir string, files []*file) *moduleConfig {
	var tf []*file
	for _, f := range files {
		if f == nil {
			continue
		}
		ev.files[f.path] = f
		if f.kind == kindTF || f.kind == kindTFJSON {
			tf = append(tf, f)
		}
	}
	cfg, diags := readModule(dir, tf)
	ev.diags = append(ev.diags, diags...)
	ev.configs[dir] = cfg
	return cfg
}
