// compose-check validates infra/compose.yaml with the Compose Specification's own loader (compose-go, what docker
// compose v2+ parses with), so CI proves the file without a Docker engine, then checks what LeadOps promises of it.
//
//	compose-check -f infra/compose.yaml -env-example infra/leadops.env.example
//
// Prints one line per problem and exits 1 when there is any; exits 0 with "ok: …" otherwise.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

// compose-go's refusal of a ${VAR:?message} left unset.
var requiredVariable = regexp.MustCompile(`required variable (\w+) is missing a value`)

// Variables whose values are secrets: they must come from the env file, never from the compose file.
func isSecretName(name string) bool {
	upper := strings.ToUpper(name)
	for _, word := range []string{"PASSWORD", "SECRET", "TOKEN", "API_KEY", "PWD", "DATABASE_URL", "PAYLOAD_KEYS", "METRICS_TOKEN"} {
		if strings.Contains(upper, word) {
			return true
		}
	}
	return false
}

// readEnvFile returns the variable names of a KEY=VALUE file (comments and blank lines skipped), in order.
func readEnvFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if at := strings.Index(line, "="); at > 0 {
			names = append(names, line[:at])
		}
	}
	return names, scanner.Err()
}

func load(file string, env []string, profiles []string) (*types.Project, error) {
	opts, err := cli.NewProjectOptions([]string{file}, cli.WithEnv(env), cli.WithProfiles(profiles), cli.WithResolvedPaths(true))
	if err != nil {
		return nil, err
	}
	return opts.LoadProject(context.Background())
}

type problems []string

func (p *problems) add(format string, args ...any) { *p = append(*p, fmt.Sprintf(format, args...)) }

func main() {
	file := flag.String("f", "infra/compose.yaml", "compose file")
	envExample := flag.String("env-example", "infra/leadops.env.example", "the env file users copy (its variable names)")
	flag.Parse()
	var bad problems

	names, err := readEnvFile(*envExample)
	if err != nil {
		fmt.Fprintf(os.Stderr, "cannot read %s: %v\n", *envExample, err)
		os.Exit(2)
	}

	// 1. Without the env file the loader must refuse, naming the missing secret: nothing has a baked-in default.
	if _, err := load(*file, nil, nil); err == nil {
		bad.add("loads without an env file: secrets must be required (${VAR:?message}), not defaulted")
	} else if m := requiredVariable.FindStringSubmatch(err.Error()); m == nil || !isSecretName(m[1]) {
		bad.add("without an env file the loader fails, but not for a missing secret: %v", err)
	}

	// 2. With every variable of the example set to a marker, every secret a container sees must carry a marker: its
	// value came from the env file.
	var env []string
	for _, name := range names {
		env = append(env, fmt.Sprintf("%s=from-env-file-%s", name, name))
	}
	env = append(env, "LLM_BASE_URL=http://vllm:8000/v1")
	project, err := load(*file, env, []string{"gpu"})
	if err != nil {
		fmt.Printf("compose loader refused %s: %v\n", *file, err)
		os.Exit(1)
	}
	serviceNames := make([]string, 0, len(project.Services))
	for name := range project.Services {
		serviceNames = append(serviceNames, name)
	}
	sort.Strings(serviceNames)

	for _, want := range []string{"postgres", "temporal-schema", "temporal", "temporal-ui", "migrate", "api", "worker", "console", "vllm"} {
		if _, ok := project.Services[want]; !ok {
			bad.add("service %s is missing", want)
		}
	}

	// One-shot jobs: restart "no" and awaited by another service with service_completed_successfully.
	awaited := map[string]bool{}
	for _, s := range project.Services {
		for dep, d := range s.DependsOn {
			if d.Condition == types.ServiceConditionCompletedSuccessfully {
				awaited[dep] = true
			}
		}
	}

	for _, name := range serviceNames {
		s := project.Services[name]
		// Images pinned: an explicit tag (or digest), never latest.
		image := s.Image
		if image == "" {
			bad.add("%s: no image name (built images need a versioned name too)", name)
		} else {
			ref := image
			if at := strings.Index(ref, "@"); at >= 0 {
				ref = ref[:at]
			}
			slash := strings.LastIndex(ref, "/")
			colon := strings.LastIndex(ref, ":")
			if !strings.Contains(image, "@sha256:") && (colon <= slash || ref[colon+1:] == "latest" || ref[colon+1:] == "") {
				bad.add("%s: image %q is not pinned to a version", name, image)
			}
		}
		oneShot := awaited[name] && s.Restart == types.RestartPolicyNo
		if !oneShot {
			if s.HealthCheck == nil || s.HealthCheck.Disable || len(s.HealthCheck.Test) == 0 {
				bad.add("%s: long-running service without a healthcheck", name)
			}
			if s.Restart != types.RestartPolicyUnlessStopped && s.Restart != types.RestartPolicyAlways && !strings.HasPrefix(s.Restart, "on-failure") {
				bad.add("%s: long-running service without a restart policy", name)
			}
		}
		for key, value := range s.Environment {
			if value == nil || *value == "" || !isSecretName(key) {
				continue
			}
			if !strings.Contains(*value, "from-env-file-") {
				bad.add("%s: secret %s has a value written in the compose file, not taken from the env file", name, key)
			}
		}
		for _, arg := range append(append([]string{}, s.Entrypoint...), s.Command...) {
			if strings.Contains(arg, "--demo") {
				bad.add("%s: runs with --demo (demo users have a known password): never in production", name)
			}
		}
		for _, v := range s.Volumes {
			if v.Type == types.VolumeTypeBind && (name == "postgres") {
				bad.add("%s: data on a bind mount; use a named volume", name)
			}
		}
		for _, p := range s.Ports {
			if name == "temporal-ui" && p.HostIP != "127.0.0.1" {
				bad.add("temporal-ui: published on %q: the UI has no login, bind it to 127.0.0.1 only", p.HostIP)
			}
			if (name == "postgres" || name == "temporal") && p.Published != "" {
				bad.add("%s: published on the host (port %s): keep it on the private network", name, p.Published)
			}
		}
	}

	if pg, ok := project.Services["postgres"]; ok {
		named := false
		for _, v := range pg.Volumes {
			if v.Type == types.VolumeTypeVolume && v.Target == "/var/lib/postgresql/data" {
				named = true
			}
		}
		if !named {
			bad.add("postgres: its data directory is not on a named volume")
		}
	}
	for _, name := range []string{"api", "worker"} {
		if s, ok := project.Services[name]; ok && s.GetScale() < 2 {
			bad.add("%s: %d replica(s), want 2", name, s.GetScale())
		}
	}
	if w, ok := project.Services["worker"]; ok {
		if v := w.Environment["LLM_BASE_URL"]; v == nil || *v != "http://vllm:8000/v1" {
			bad.add("worker: LLM_BASE_URL does not follow the env file (got %v)", v)
		}
	}
	if v, ok := project.Services["vllm"]; ok {
		if len(v.Profiles) != 1 || v.Profiles[0] != "gpu" {
			bad.add("vllm: must be in the gpu profile only, got %v", v.Profiles)
		}
		if !strings.Contains(strings.Join(v.Command, " "), "openai/gpt-oss-20b") || !strings.Contains(strings.Join(v.Command, " "), "--port 8000") {
			bad.add("vllm: must serve openai/gpt-oss-20b on port 8000, command %v", v.Command)
		}
		gpu := false
		if v.Deploy != nil && v.Deploy.Resources.Reservations != nil {
			for _, d := range v.Deploy.Resources.Reservations.Devices {
				for _, c := range d.Capabilities {
					if c == "gpu" && d.Driver == "nvidia" && d.Count >= 1 {
						gpu = true
					}
				}
			}
		}
		if !gpu {
			bad.add("vllm: reserves no NVIDIA GPU")
		}
	}
	// Without the gpu profile vLLM stays off.
	if plain, err := load(*file, env, nil); err != nil {
		bad.add("loader refused the file without the gpu profile: %v", err)
	} else if _, on := plain.Services["vllm"]; on {
		bad.add("vllm runs without --profile gpu")
	}

	if len(bad) > 0 {
		for _, p := range bad {
			fmt.Println(p)
		}
		os.Exit(1)
	}
	fmt.Printf("ok: %s (%s): %d services %s\n", filepath.Base(*file), project.Name, len(serviceNames), strings.Join(serviceNames, ","))
}
