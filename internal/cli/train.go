package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/eval"
	"github.com/claimtrack/claimtrack/internal/stance"
)

// trainStance trains on the train part of the official train splits,
// reports dev metrics, and writes that model; with --ship all it first
// retrains on the whole official train splits. Dev metrics are recorded in
// the model either way.
func runTrainStance(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "train stance")
	emDir := fs.String("emergent", "", "Emergent data directory (url-versions-2015-06-14-clean-train.csv)")
	fncDir := fs.String("fnc1", "", "FNC-1 data directory (train_bodies.csv, train_stances.csv)")
	out := fs.String("out", "", "model file to write (e.g. internal/stance/model.bin); a .json with its metadata is written beside it")
	ship := fs.String("ship", "train", "which model to write: train (the dev-evaluated one, trained without the dev part) or all (retrained on the whole official train splits)")
	epochs := fs.Int("epochs", 8, "training epochs")
	seed := fs.Uint64("seed", 1, "random seed (shuffling)")
	rate := fs.Float64("rate", 0.2, "learning rate")
	power := fs.Float64("class-power", 0.5, "class weight exponent: weight = (N/(K·n_c))^p")
	format := formatFlag(fs, "text", "json")
	date := fs.String("date", time.Now().UTC().Format("2006-01-02"), "training date recorded in the model")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "train stance", *format, "text", "json") {
		return 2
	}
	if *emDir == "" || *fncDir == "" || *out == "" {
		fmt.Fprintln(env.Stderr, "claimtrack train stance: --emergent, --fnc1 and --out are required")
		return 2
	}
	if *ship != "all" && *ship != "train" {
		fmt.Fprintln(env.Stderr, "claimtrack train stance: --ship must be all or train")
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "claimtrack train stance: %v\n", err)
		return 1
	}
	load := func(split string) (stance.TrainOptions, error) {
		em, err := stance.LoadEmergent(*emDir, split)
		if err != nil {
			return stance.TrainOptions{}, err
		}
		fnc, err := stance.LoadFNC(*fncDir, split)
		if err != nil {
			return stance.TrainOptions{}, err
		}
		return stance.TrainOptions{Emergent: em, FNC: fnc, Epochs: *epochs, Seed: *seed, Rate: *rate, ClassPower: *power}, nil
	}
	opt, err := load(stance.SplitTrain)
	if err != nil {
		return fail(err)
	}
	options := map[string]any{"epochs": *epochs, "seed": *seed, "rate": *rate, "class_power": *power}
	meta := stance.Meta{
		Trained: *date,
		Command: "claimtrack train stance " + strings.Join(args, " "),
		Options: options,
	}
	opt.Meta = meta
	opt.Meta.Data = []string{"emergent url-versions-2015-06-14-clean-train.csv minus dev claims", "fnc1 train_stances.csv minus dev bodies"}
	m, err := stance.Train(opt)
	if err != nil {
		return fail(err)
	}
	em, err := eval.Emergent(m, *emDir, stance.SplitDev)
	if err != nil {
		return fail(err)
	}
	fnc, err := eval.FNC1(m, *fncDir, stance.SplitDev)
	if err != nil {
		return fail(err)
	}
	if *format == "text" {
		em.Text(env.Stdout)
		fnc.Text(env.Stdout)
	}
	dev := map[string]any{
		"split":             "dev = train claims/bodies with fnv32a(id)%5==0",
		"emergent_accuracy": round4(em.Accuracy), "emergent_macro_f1": round4(em.MacroF1),
		"emergent_against_f1": round4(em.F1["against"]),
		"fnc_score":           round4(fnc.FNCScore), "fnc_macro_f1": round4(fnc.MacroF1),
		"fnc_disagree_f1": round4(fnc.F1["disagree"]), "fnc_accuracy": round4(fnc.Accuracy),
	}
	if *ship == "all" {
		if opt, err = load(stance.SplitAll); err != nil {
			return fail(err)
		}
		opt.Meta = meta
		opt.Meta.Data = []string{"emergent url-versions-2015-06-14-clean-train.csv (all)", "fnc1 train_stances.csv (all)"}
		if m, err = stance.Train(opt); err != nil {
			return fail(err)
		}
	}
	meta = m.Meta()
	meta.Dev = dev
	meta.Comments = "dev metrics are of the model trained without the dev part; ship=" + *ship
	m = m.WithMeta(meta)
	f, err := os.Create(*out)
	if err != nil {
		return fail(err)
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	js, _ := json.MarshalIndent(meta, "", "  ")
	if err := os.WriteFile(strings.TrimSuffix(*out, ".bin")+".json", append(js, '\n'), 0o644); err != nil {
		return fail(err)
	}
	if *format == "json" {
		return writeOrFail(env, "train stance", writeJSON(env.Stdout, map[string]any{"wrote": *out, "ship": *ship, "meta": meta}))
	}
	fmt.Fprintf(env.Stdout, "wrote %s (ship=%s)\n", *out, *ship)
	return 0
}

func round4(x float64) float64 { return float64(int64(x*10000+0.5)) / 10000 }
