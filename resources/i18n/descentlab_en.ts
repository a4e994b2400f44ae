<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>As on screen ({0}×{1})</source>
        <translation>As on screen ({0}×{1})</translation>
    </message>
    <message>
        <source>Other size…</source>
        <translation>Other size…</translation>
    </message>
    <message>
        <source>e.g. 2560x1440</source>
        <translation>e.g. 2560x1440</translation>
    </message>
    <message>
        <source>Type the size as width x height, e.g. 2560x1440 ({0} to {1} pixels each).</source>
        <translation>Type the size as width x height, e.g. 2560x1440 ({0} to {1} pixels each).</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Export picture</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG vector drawing (sharp at any zoom)</source>
        <translation>SVG vector drawing (sharp at any zoom)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>output (logits)</source>
        <translation>output (logits)</translation>
    </message>
    <message>
        <source>layer {0} ({1})</source>
        <translation>layer {0} ({1})</translation>
    </message>
    <message>
        <source>{0}, from its weights after {1} iterations (reset first to test the untrained network): {2} steps.</source>
        <translation>{0}, from its weights after {1} iterations (reset first to test the untrained network): {2} steps.</translation>
    </message>
    <message>
        <source>Stopped at lr = {0:.2g}: the smoothed loss passed 4× its lowest.</source>
        <translation>Stopped at lr = {0:.2g}: the smoothed loss passed 4× its lowest.</translation>
    </message>
    <message>
        <source>Reached lr = {0:.2g} without the loss blowing up: a larger end lr would show the cliff.</source>
        <translation>Reached lr = {0:.2g} without the loss blowing up: a larger end lr would show the cliff.</translation>
    </message>
    <message>
        <source>The training set ran out {0} times; each time its batches were drawn from a new permutation.</source>
        <translation>The training set ran out {0} times; each time its batches were drawn from a new permutation.</translation>
    </message>
    <message>
        <source>a tenth of the lr where the smoothed loss is lowest: clear of the cliff that follows the minimum</source>
        <translation>a tenth of the lr where the smoothed loss is lowest: clear of the cliff that follows the minimum</translation>
    </message>
    <message>
        <source>where the loss falls fastest per decade of lr, on its way down to its lowest</source>
        <translation>where the loss falls fastest per decade of lr, on its way down to its lowest</translation>
    </message>
    <message>
        <source>halfway along the longest stretch over which the loss keeps falling</source>
        <translation>halfway along the longest stretch over which the loss keeps falling</translation>
    </message>
    <message>
        <source>They span {0:.1f} decades of lr: each reads another feature of one noisy curve (its lowest point, its steepest slope, its longest fall); racing them shows which one trains best here.</source>
        <translation>They span {0:.1f} decades of lr: each reads another feature of one noisy curve (its lowest point, its steepest slope, its longest fall); racing them shows which one trains best here.</translation>
    </message>
    <message>
        <source>Too few steps for a suggestion.</source>
        <translation>Too few steps for a suggestion.</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <source>GIF (plays everywhere, slides and web pages)</source>
        <translation>GIF (plays everywhere, slides and web pages)</translation>
    </message>
    <message>
        <source>MP4 video (smaller, smoother colours)</source>
        <translation>MP4 video (smaller, smoother colours)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> frames/s</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> frames</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Speed</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>At &amp;most</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>{0} frames of {1} steps, {2:.1f} s long.</source>
        <translation>{0} frames of {1} steps, {2:.1f} s long.</translation>
    </message>
    <message>
        <source>A GIF keeps every frame in memory until it is written: about {0} MB here.</source>
        <translation>A GIF keeps every frame in memory until it is written: about {0} MB here.</translation>
    </message>
    <message>
        <source>{0} needs {1}, which is not installed. Install it with:
{2}</source>
        <translation>{0} needs {1}, which is not installed. Install it with:
{2}</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Significant digits of the numbers shown</source>
        <translation>Significant digits of the numbers shown</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <source>value (edit)</source>
        <translation>value (edit)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>◀ phase</source>
        <translation>◀ phase</translation>
    </message>
    <message>
        <source>phase ▶</source>
        <translation>phase ▶</translation>
    </message>
    <message>
        <source>run to update of</source>
        <translation>run to update of</translation>
    </message>
    <message>
        <source>next iteration</source>
        <translation>next iteration</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; is not a number</translation>
    </message>
    <message>
        <source>iteration {0} · E_total = {1:.9g}</source>
        <translation>iteration {0} · E_total = {1:.9g}</translation>
    </message>
</context>
<context>
    <name>BatchNormPanel</name>
    <message>
        <source>tutorial BatchNorm2d (1, 2, 3, 4)</source>
        <translation>tutorial BatchNorm2d (1, 2, 3, 4)</translation>
    </message>
    <message>
        <source>tutorial BatchNorm1d (2, 3)</source>
        <translation>tutorial BatchNorm1d (2, 3)</translation>
    </message>
    <message>
        <source>random batch (16, 3)</source>
        <translation>random batch (16, 3)</translation>
    </message>
    <message>
        <source>typed (N, C) or a pasted tensor</source>
        <translation>typed (N, C) or a pasted tensor</translation>
    </message>
    <message>
        <source>Rows are samples (;), columns are channels (,)</source>
        <translation>Rows are samples (;), columns are channels (,)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>eval</translation>
    </message>
    <message>
        <source>Feed the next batch</source>
        <translation>Feed the next batch</translation>
    </message>
    <message>
        <source>Reset running statistics</source>
        <translation>Reset running statistics</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>batch mean</source>
        <translation>batch mean</translation>
    </message>
    <message>
        <source>var (biased)</source>
        <translation>var (biased)</translation>
    </message>
    <message>
        <source>var (unbiased)</source>
        <translation>var (unbiased)</translation>
    </message>
    <message>
        <source>output mean / std</source>
        <translation>output mean / std</translation>
    </message>
    <message>
        <source>the batch&apos;s variance, divided by n</source>
        <translation>the batch&apos;s variance, divided by n</translation>
    </message>
    <message>
        <source>the batch&apos;s variance, divided by n − 1</source>
        <translation>the batch&apos;s variance, divided by n − 1</translation>
    </message>
    <message>
        <source>mean / standard deviation of the output</source>
        <translation>mean / standard deviation of the output</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>batches fed</source>
        <translation>batches fed</translation>
    </message>
    <message>
        <source>running statistic</source>
        <translation>running statistic</translation>
    </message>
    <message>
        <source>running_mean (solid) / running_var (dashed)</source>
        <translation>running_mean (solid) / running_var (dashed)</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <source>typed input: numbers, columns separated by &apos;,&apos; and rows by &apos;;&apos; — or paste a tensor as torch prints it</source>
        <translation>typed input: numbers, columns separated by &apos;,&apos; and rows by &apos;;&apos; — or paste a tensor as torch prints it</translation>
    </message>
    <message>
        <source>(in training mode)</source>
        <translation>(in training mode)</translation>
    </message>
    <message>
        <source>typed input: every row needs the same number of values</source>
        <translation>typed input: every row needs the same number of values</translation>
    </message>
    <message>
        <source>{0}: numbers separated by commas</source>
        <translation>{0}: numbers separated by commas</translation>
    </message>
    <message>
        <source>{0}: one value per channel ({1})</source>
        <translation>{0}: one value per channel ({1})</translation>
    </message>
    <message>
        <source>momentum: a number from 0 to 1</source>
        <translation>momentum: a number from 0 to 1</translation>
    </message>
    <message>
        <source>training: normalised with this batch&apos;s mean and biased variance; running statistics move by momentum (running = (1 − m)·running + m·batch, with the unbiased variance)</source>
        <translation>training: normalised with this batch&apos;s mean and biased variance; running statistics move by momentum (running = (1 − m)·running + m·batch, with the unbiased variance)</translation>
    </message>
    <message>
        <source>eval: normalised with the running statistics, not the batch&apos;s</source>
        <translation>eval: normalised with the running statistics, not the batch&apos;s</translation>
    </message>
</context>
<context>
    <name>BatchStrip</name>
    <message>
        <source>one epoch = {0} batches</source>
        <translation>one epoch = {0} batches</translation>
    </message>
    <message>
        <source> (drawn: the first {0} and the last)</source>
        <translation> (drawn: the first {0} and the last)</translation>
    </message>
    <message>
        <source>; grey: {0} samples dropped (drop_last)</source>
        <translation>; grey: {0} samples dropped (drop_last)</translation>
    </message>
</context>
<context>
    <name>CheckBar</name>
    <message>
        <source>check my work</source>
        <translation>check my work</translation>
    </message>
    <message>
        <source>Hide the values; type yours in the table and see the first mistake</source>
        <translation>Hide the values; type yours in the table and see the first mistake</translation>
    </message>
    <message>
        <source>load answers…</source>
        <translation>load answers…</translation>
    </message>
    <message>
        <source>A CSV file of quantity,value rows (net_h1, E_total, dE/dw5, w5_new …)</source>
        <translation>A CSV file of quantity,value rows (net_h1, E_total, dE/dw5, w5_new …)</translation>
    </message>
    <message>
        <source>paste a column</source>
        <translation>paste a column</translation>
    </message>
    <message>
        <source>Values from the clipboard, one per line, from the selected row down</source>
        <translation>Values from the clipboard, one per line, from the selected row down</translation>
    </message>
    <message>
        <source>Type your value for each step in the table (column “your value”).</source>
        <translation>Type your value for each step in the table (column “your value”).</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>No mistake in your {0} values ({1} right, {2} right from your own numbers).</source>
        <translation>No mistake in your {0} values ({1} right, {2} right from your own numbers).</translation>
    </message>
    <message>
        <source>First mistake: {0} = {1}. {2}{3}.
The right step: {4}</source>
        <translation>First mistake: {0} = {1}. {2}{3}.
The right step: {4}</translation>
    </message>
</context>
<context>
    <name>CheckField</name>
    <message>
        <source>your value</source>
        <translation>your value</translation>
    </message>
    <message>
        <source>Type your own value and press Enter</source>
        <translation>Type your own value and press Enter</translation>
    </message>
    <message>
        <source>check your number:</source>
        <translation>check your number:</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>✓ right ({0:.9g})</source>
        <translation>✓ right ({0:.9g})</translation>
    </message>
    <message>
        <source>✗ {0}; the right value is {1:.9g}</source>
        <translation>✗ {0}; the right value is {1:.9g}</translation>
    </message>
</context>
<context>
    <name>CheckMode</name>
    <message>
        <source>η = {0:g}</source>
        <translation>η = {0:g}</translation>
    </message>
    <message>
        <source>every step rounded to {0} decimals gives {1:.9g}</source>
        <translation>every step rounded to {0} decimals gives {1:.9g}</translation>
    </message>
    <message>
        <source>this gives {0:.9g}</source>
        <translation>this gives {0:.9g}</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <source>✓ right</source>
        <translation>✓ right</translation>
    </message>
    <message>
        <source>✓ right from your numbers</source>
        <translation>✓ right from your numbers</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ wrong</translation>
    </message>
    <message>
        <source>none of the usual mistakes gives this number</source>
        <translation>none of the usual mistakes gives this number</translation>
    </message>
    <message>
        <source>you used the updated weights of the layer above on the way back; the example uses the old ones (all gradients come from the same forward pass)</source>
        <translation>you used the updated weights of the layer above on the way back; the example uses the old ones (all gradients come from the same forward pass)</translation>
    </message>
    <message>
        <source>you left out ∂out/∂net, the activation&apos;s derivative</source>
        <translation>you left out ∂out/∂net, the activation&apos;s derivative</translation>
    </message>
    <message>
        <source>you took the activation&apos;s derivative at out instead of at net</source>
        <translation>you took the activation&apos;s derivative at out instead of at net</translation>
    </message>
    <message>
        <source>the sign of ∂E/∂out is flipped</source>
        <translation>the sign of ∂E/∂out is flipped</translation>
    </message>
    <message>
        <source>you left out the ½ of E = ½·(target − out)²</source>
        <translation>you left out the ½ of E = ½·(target − out)²</translation>
    </message>
    <message>
        <source>you left out one of the paths from this neuron to the loss</source>
        <translation>you left out one of the paths from this neuron to the loss</translation>
    </message>
    <message>
        <source>you passed net on to the next layer instead of out</source>
        <translation>you passed net on to the next layer instead of out</translation>
    </message>
    <message>
        <source>you added η·∂E/∂w instead of subtracting it</source>
        <translation>you added η·∂E/∂w instead of subtracting it</translation>
    </message>
    <message>
        <source>you used another learning rate</source>
        <translation>you used another learning rate</translation>
    </message>
    <message>
        <source>you rounded the steps before, and the rounding grew</source>
        <translation>you rounded the steps before, and the rounding grew</translation>
    </message>
    <message>
        <source>you forgot the bias correction (m̂ = m, ŝ = s)</source>
        <translation>you forgot the bias correction (m̂ = m, ŝ = s)</translation>
    </message>
    <message>
        <source>you swapped β and 1 − β in an average</source>
        <translation>you swapped β and 1 − β in an average</translation>
    </message>
    <message>
        <source>you left ε out of the denominator</source>
        <translation>you left ε out of the denominator</translation>
    </message>
    <message>
        <source>you put ε inside the square root</source>
        <translation>you put ε inside the square root</translation>
    </message>
    <message>
        <source>you forgot the square root of ŝ</source>
        <translation>you forgot the square root of ŝ</translation>
    </message>
    <message>
        <source>you used the other form of momentum</source>
        <translation>you used the other form of momentum</translation>
    </message>
    <message>
        <source>you added the step instead of subtracting it</source>
        <translation>you added the step instead of subtracting it</translation>
    </message>
    <message>
        <source>you swapped β and 1 − β</source>
        <translation>you swapped β and 1 − β</translation>
    </message>
    <message>
        <source>you mixed up the average with its bias-corrected value</source>
        <translation>you mixed up the average with its bias-corrected value</translation>
    </message>
    <message>
        <source>that is the learning rate of the epoch before or after</source>
        <translation>that is the learning rate of the epoch before or after</translation>
    </message>
    <message>
        <source>you normalised with the unbiased variance (÷ (N − 1)); training mode uses ÷ N</source>
        <translation>you normalised with the unbiased variance (÷ (N − 1)); training mode uses ÷ N</translation>
    </message>
    <message>
        <source>you left out ε under the square root</source>
        <translation>you left out ε under the square root</translation>
    </message>
    <message>
        <source>you left out γ and β (y = γ·x̂ + β)</source>
        <translation>you left out γ and β (y = γ·x̂ + β)</translation>
    </message>
    <message>
        <source>you multiplied by (1 − p) instead of dividing</source>
        <translation>you multiplied by (1 − p) instead of dividing</translation>
    </message>
    <message>
        <source>you forgot to scale the survivors by 1 / (1 − p)</source>
        <translation>you forgot to scale the survivors by 1 / (1 − p)</translation>
    </message>
</context>
<context>
    <name>CheckWork</name>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>torch could not be loaded: {0}</source>
        <translation>torch could not be loaded: {0}</translation>
    </message>
</context>
<context>
    <name>DescentTable</name>
    <message>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <source>loss y</source>
        <translation>loss y</translation>
    </message>
    <message>
        <source>next x</source>
        <translation>next x</translation>
    </message>
</context>
<context>
    <name>DropoutPanel</name>
    <message>
        <source>training (model.train())</source>
        <translation>training (model.train())</translation>
    </message>
    <message>
        <source>evaluation (model.eval())</source>
        <translation>evaluation (model.eval())</translation>
    </message>
    <message>
        <source>the tutorial&apos;s printed ReLU output</source>
        <translation>the tutorial&apos;s printed ReLU output</translation>
    </message>
    <message>
        <source>New mask (Space)</source>
        <translation>New mask (Space)</translation>
    </message>
    <message>
        <source>samples averaged</source>
        <translation>samples averaged</translation>
    </message>
    <message>
        <source>largest difference</source>
        <translation>largest difference</translation>
    </message>
    <message>
        <source>max |mean of dropped outputs − eval output|</source>
        <translation>max |mean of dropped outputs − eval output|</translation>
    </message>
    <message>
        <source>torch.nn.Dropout(p={0:g}) in training mode: each output is zeroed with probability p ({1} of {2} kept this time), survivors are multiplied by 1/(1 − p) so the expected output stays the same as without Dropout.</source>
        <translation>torch.nn.Dropout(p={0:g}) in training mode: each output is zeroed with probability p ({1} of {2} kept this time), survivors are multiplied by 1/(1 − p) so the expected output stays the same as without Dropout.</translation>
    </message>
    <message>
        <source>Evaluation mode: Dropout is the identity; every neuron takes part, no scaling.</source>
        <translation>Evaluation mode: Dropout is the identity; every neuron takes part, no scaling.</translation>
    </message>
</context>
<context>
    <name>DropoutPicture</name>
    <message>
        <source>dropped → 0</source>
        <translation>dropped → 0</translation>
    </message>
    <message>
        <source>0 stays 0</source>
        <translation>0 stays 0</translation>
    </message>
</context>
<context>
    <name>EffectView</name>
    <message>
        <source>too small</source>
        <translation>too small</translation>
    </message>
    <message>
        <source>creeps towards the minimum</source>
        <translation>creeps towards the minimum</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>converges in a few steps</source>
        <translation>converges in a few steps</translation>
    </message>
    <message>
        <source>one step</source>
        <translation>one step</translation>
    </message>
    <message>
        <source>lands exactly on the minimum in one step</source>
        <translation>lands exactly on the minimum in one step</translation>
    </message>
    <message>
        <source>overshoots</source>
        <translation>overshoots</translation>
    </message>
    <message>
        <source>jumps across 0 and oscillates while shrinking</source>
        <translation>jumps across 0 and oscillates while shrinking</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>diverges</translation>
    </message>
    <message>
        <source>oscillates ever wider and diverges</source>
        <translation>oscillates ever wider and diverges</translation>
    </message>
    <message>
        <source>Learning rate (Enter to apply)</source>
        <translation>Learning rate (Enter to apply)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <source>start x</source>
        <translation>start x</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iterations</translation>
    </message>
    <message>
        <source>{0} — the tutorial&apos;s case: from x = {1:g}, {2} iterations</source>
        <translation>{0} — the tutorial&apos;s case: from x = {1:g}, {2} iterations</translation>
    </message>
    <message>
        <source>y = 4x² and the path of x</source>
        <translation>y = 4x² and the path of x</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>loss per iteration</source>
        <translation>loss per iteration</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Waiting for the engine…</translation>
    </message>
    <message>
        <source>Converged: x reached the minimum at iteration {0}.</source>
        <translation>Converged: x reached the minimum at iteration {0}.</translation>
    </message>
    <message>
        <source>Converging: x = {0} after {1} iterations.</source>
        <translation>Converging: x = {0} after {1} iterations.</translation>
    </message>
    <message>
        <source>Oscillating: each step jumps across the minimum at x = 0, closing in on it.</source>
        <translation>Oscillating: each step jumps across the minimum at x = 0, closing in on it.</translation>
    </message>
    <message>
        <source>Oscillating: each step jumps across the minimum at x = 0, never closer.</source>
        <translation>Oscillating: each step jumps across the minimum at x = 0, never closer.</translation>
    </message>
    <message>
        <source>Diverging: x moves away from the minimum.</source>
        <translation>Diverging: x moves away from the minimum.</translation>
    </message>
    <message>
        <source>Diverged at iteration {0}: the values overflowed float32.</source>
        <translation>Diverged at iteration {0}: the values overflowed float32.</translation>
    </message>
    <message>
        <source>Stalled: with lr = 0 nothing moves.</source>
        <translation>Stalled: with lr = 0 nothing moves.</translation>
    </message>
    <message>
        <source>The gradient of y = 4x² is 8x, so each update x ← x − lr·8x multiplies x by (1 − 8·lr) = {0}. |1 − 8·lr| &lt; 1 converges, 0 hits the minimum at once, a negative factor overshoots, |1 − 8·lr| &gt; 1 diverges.</source>
        <translation>The gradient of y = 4x² is 8x, so each update x ← x − lr·8x multiplies x by (1 − 8·lr) = {0}. |1 − 8·lr| &lt; 1 converges, 0 hits the minimum at once, a negative factor overshoots, |1 − 8·lr| &gt; 1 diverges.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number</source>
        <translation>{0}: &apos;{1}&apos; is not a number</translation>
    </message>
</context>
<context>
    <name>EpochsPanel</name>
    <message>
        <source>batch gradient descent</source>
        <translation>batch gradient descent</translation>
    </message>
    <message>
        <source>mini-batch gradient descent</source>
        <translation>mini-batch gradient descent</translation>
    </message>
    <message>
        <source>stochastic gradient descent</source>
        <translation>stochastic gradient descent</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>batch size</translation>
    </message>
    <message>
        <source>samples per iteration</source>
        <translation>samples per iteration</translation>
    </message>
    <message>
        <source>iterations per epoch</source>
        <translation>iterations per epoch</translation>
    </message>
    <message>
        <source>iterations in all</source>
        <translation>iterations in all</translation>
    </message>
    <message>
        <source>dataset size N</source>
        <translation>dataset size N</translation>
    </message>
    <message>
        <source>batch size B</source>
        <translation>batch size B</translation>
    </message>
    <message>
        <source>epochs E</source>
        <translation>epochs E</translation>
    </message>
    <message>
        <source>The same data, three ways to cut it:</source>
        <translation>The same data, three ways to cut it:</translation>
    </message>
    <message>
        <source>Live: one tiny model (w·x + b on 64 noisy points) trained for</source>
        <translation>Live: one tiny model (w·x + b on 64 noisy points) trained for</translation>
    </message>
    <message>
        <source>epochs with mini-batches of</source>
        <translation>epochs with mini-batches of</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>loss on all 64 points</source>
        <translation>loss on all 64 points</translation>
    </message>
    <message>
        <source>1 update per epoch</source>
        <translation>1 update per epoch</translation>
    </message>
    <message>
        <source>{0} updates per epoch</source>
        <translation>{0} updates per epoch</translation>
    </message>
    <message>
        <source>; the last batch has {0} samples</source>
        <translation>; the last batch has {0} samples</translation>
    </message>
    <message>
        <source>{0:,} samples in batches of {1:,}: {2:,} batches per epoch = {2:,} iterations per epoch{3}; {4:,} epochs = {5:,} iterations (optimizer steps). This is {6}.</source>
        <translation>{0:,} samples in batches of {1:,}: {2:,} batches per epoch = {2:,} iterations per epoch{3}; {4:,} epochs = {5:,} iterations (optimizer steps). This is {6}.</translation>
    </message>
</context>
<context>
    <name>EwaPanel</name>
    <message>
        <source>the tutorial&apos;s 30 temperatures (or type numbers: 3, 5.5, 4, …)</source>
        <translation>the tutorial&apos;s 30 temperatures (or type numbers: 3, 5.5, 4, …)</translation>
    </message>
    <message>
        <source>bias-corrected (S₀ = 0, ÷ (1 − βᵗ), as Adam)</source>
        <translation>bias-corrected (S₀ = 0, ÷ (1 − βᵗ), as Adam)</translation>
    </message>
    <message>
        <source>The same average on gradients: Momentum ▶</source>
        <translation>The same average on gradients: Momentum ▶</translation>
    </message>
    <message>
        <source>Momentum is written two ways: this average of the gradients, s ← β·s + (1 − β)·g (the tutorial&apos;s formula), and torch&apos;s b ← μ·b + g, which the tutorial&apos;s printed results follow. The race shows both side by side.</source>
        <translation>Momentum is written two ways: this average of the gradients, s ← β·s + (1 − β)·g (the tutorial&apos;s formula), and torch&apos;s b ← μ·b + g, which the tutorial&apos;s printed results follow. The race shows both side by side.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>daily value Yₜ</source>
        <translation>daily value Yₜ</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>weight in the average at the cursor</source>
        <translation>weight in the average at the cursor</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>data: numbers separated by commas</source>
        <translation>data: numbers separated by commas</translation>
    </message>
    <message>
        <source>EWA β = {0:g}</source>
        <translation>EWA β = {0:g}</translation>
    </message>
    <message>
        <source>corrected β = {0:g}</source>
        <translation>corrected β = {0:g}</translation>
    </message>
    <message>
        <source>S{0} (β = {1:g}{2})</source>
        <translation>S{0} (β = {1:g}{2})</translation>
    </message>
    <message>
        <source>, bias-corrected</source>
        <translation>, bias-corrected</translation>
    </message>
    <message>
        <source>Day {0}, β = {1:g}: the value k days back weighs (1 − β)·β^k; the weights sum to 1 and about 1 / (1 − β) = {2:.3g} recent days carry most of them. Larger β: smoother and later. Day 1 keeps β^{3} = {4:.3g}, all that older days would have had: the average starts from its value (S₁ = Y₁).</source>
        <translation>Day {0}, β = {1:g}: the value k days back weighs (1 − β)·β^k; the weights sum to 1 and about 1 / (1 − β) = {2:.3g} recent days carry most of them. Larger β: smoother and later. Day 1 keeps β^{3} = {4:.3g}, all that older days would have had: the average starts from its value (S₁ = Y₁).</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>This panel has no PyTorch script (yet)</source>
        <translation>This panel has no PyTorch script (yet)</translation>
    </message>
    <message>
        <source>PyTorch code copied: run it with python to get the same numbers</source>
        <translation>PyTorch code copied: run it with python to get the same numbers</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Export picture</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>Export as notebook</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter notebooks (*.ipynb)</translation>
    </message>
    <message>
        <source>Saved {0}: open it in Jupyter and run all cells</source>
        <translation>Saved {0}: open it in Jupyter and run all cells</translation>
    </message>
    <message>
        <source>Saved {0} ({1}×{2})</source>
        <translation>Saved {0} ({1}×{2})</translation>
    </message>
    <message>
        <source>This panel has nothing to animate (the race and backprop panels do)</source>
        <translation>This panel has nothing to animate (the race and backprop panels do)</translation>
    </message>
    <message>
        <source>Animations need an optional package</source>
        <translation>Animations need an optional package</translation>
    </message>
    <message>
        <source>Exporting animations needs imageio, imageio-ffmpeg and Pillow, which are not installed. Install them with:

{0}</source>
        <translation>Exporting animations needs imageio, imageio-ffmpeg and Pillow, which are not installed. Install them with:

{0}</translation>
    </message>
    <message>
        <source>Nothing to animate yet: wait until the computation is done</source>
        <translation>Nothing to animate yet: wait until the computation is done</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF animations (*.gif)</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 videos (*.mp4)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <source>Writing {0} frames to {1}…</source>
        <translation>Writing {0} frames to {1}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved {0} ({1} frames)</source>
        <translation>Saved {0} ({1} frames)</translation>
    </message>
    <message>
        <source>Animation export cancelled; nothing was written</source>
        <translation>Animation export cancelled; nothing was written</translation>
    </message>
</context>
<context>
    <name>ForkBar</name>
    <message>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <source>optimizer (fresh state)</source>
        <translation>optimizer (fresh state)</translation>
    </message>
    <message>
        <source>Dropout p</source>
        <translation>Dropout p</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>weight decay</translation>
    </message>
    <message>
        <source>train both futures</source>
        <translation>train both futures</translation>
    </message>
    <message>
        <source>fork {0} at iteration {1}, changing</source>
        <translation>fork {0} at iteration {1}, changing</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>e.g. {0}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>inspect</source>
        <translation>inspect</translation>
    </message>
    <message>
        <source> at step {0}</source>
        <translation> at step {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diverged at step {0}: w or the loss overflowed float32, so there is no update to explain from step {1} on. A smaller learning rate keeps it finite.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diverged at step {0}: w or the loss overflowed float32, so there is no update to explain from step {1} on. A smaller learning rate keeps it finite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Step {0}: w = {1}, loss = {2}. No update after the last step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Step {0}: w = {1}, loss = {2}. No update after the last step.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>torch&apos;s update: Δw = {0} (equations differ by {1:.1e})</source>
        <translation>torch&apos;s update: Δw = {0} (equations differ by {1:.1e})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Update from step {0} to {1}, lr = {2:g}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Update from step {0} to {1}, lr = {2:g}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>torch: b ← μ·b + g, w ← w − lr·b (the tutorial&apos;s printed results, 0.9711 after two steps on w²/2, follow this form)</source>
        <translation>torch: b ← μ·b + g, w ← w − lr·b (the tutorial&apos;s printed results, 0.9711 after two steps on w²/2, follow this form)</translation>
    </message>
    <message>
        <source>the tutorial&apos;s formula: s ← β·s + (1 − β)·g, w ← w − lr·s, starting from s₁ = g₁ (by hand 0.98001 after two steps): torch&apos;s dampening = β gives it</source>
        <translation>the tutorial&apos;s formula: s ← β·s + (1 − β)·g, w ← w − lr·s, starting from s₁ = g₁ (by hand 0.98001 after two steps): torch&apos;s dampening = β gives it</translation>
    </message>
    <message>
        <source>this racer follows torch&apos;s form</source>
        <translation>this racer follows torch&apos;s form</translation>
    </message>
    <message>
        <source>this racer follows the tutorial&apos;s formula (β = {0:g})</source>
        <translation>this racer follows the tutorial&apos;s formula (β = {0:g})</translation>
    </message>
    <message>
        <source>this racer: b ← μ·b + (1 − dampening)·g</source>
        <translation>this racer: b ← μ·b + (1 − dampening)·g</translation>
    </message>
    <message>
        <source>Two ways to write momentum:</source>
        <translation>Two ways to write momentum:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Swarm&lt;/b&gt;: each dot is a start point of &lt;b&gt;{0}&lt;/b&gt;, coloured by where it is at step {1}. Grey: no known minimum reached (or diverged).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Swarm&lt;/b&gt;: each dot is a start point of &lt;b&gt;{0}&lt;/b&gt;, coloured by where it is at step {1}. Grey: no known minimum reached (or diverged).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LRPanel</name>
    <message>
        <source>Effect of the learning rate (4.1)</source>
        <translation>Effect of the learning rate (4.1)</translation>
    </message>
    <message>
        <source>Decay schedules (4.2–4.5)</source>
        <translation>Decay schedules (4.2–4.5)</translation>
    </message>
    <message>
        <source>Range test on y = 4x²</source>
        <translation>Range test on y = 4x²</translation>
    </message>
</context>
<context>
    <name>LandscapeFigure</name>
    <message>
        <source>two random filter-normalised directions</source>
        <translation>two random filter-normalised directions</translation>
    </message>
    <message>
        <source>the paths&apos; first two principal components</source>
        <translation>the paths&apos; first two principal components</translation>
    </message>
    <message>
        <source>start → now, and a random direction</source>
        <translation>start → now, and a random direction</translation>
    </message>
    <message>
        <source>t (0: initial weights, 1: now)</source>
        <translation>t (0: initial weights, 1: now)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>along the straight line from the start</source>
        <translation>along the straight line from the start</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>how far each path point lies off the plane</source>
        <translation>how far each path point lies off the plane</translation>
    </message>
    <message>
        <source>loss on the plane (log colours), {0}{1}</source>
        <translation>loss on the plane (log colours), {0}{1}</translation>
    </message>
    <message>
        <source> · test set</source>
        <translation> · test set</translation>
    </message>
    <message>
        <source>Centre (the star): {0} after {1} iterations, loss {2:.4g}.</source>
        <translation>Centre (the star): {0} after {1} iterations, loss {2:.4g}.</translation>
    </message>
    <message>
        <source>The two components explain {0:.1%} and {1:.1%} of the paths&apos; variance.</source>
        <translation>The two components explain {0:.1%} and {1:.1%} of the paths&apos; variance.</translation>
    </message>
    <message>
        <source>The paths lie up to {0:.3g} off the plane (right, below): where that is large, the picture shows their shadow, not where they went.</source>
        <translation>The paths lie up to {0:.3g} off the plane (right, below): where that is large, the picture shows their shadow, not where they went.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>principal components</translation>
    </message>
    <message>
        <source>start → now</source>
        <translation>start → now</translation>
    </message>
    <message>
        <source>The grid reaches from −span to span along each direction (for the principal components and start → now: in units of how far the paths reach)</source>
        <translation>The grid reaches from −span to span along each direction (for the principal components and start → now: in units of how far the paths reach)</translation>
    </message>
    <message>
        <source>test set too</source>
        <translation>test set too</translation>
    </message>
    <message>
        <source>show the test set</source>
        <translation>show the test set</translation>
    </message>
    <message>
        <source>Compute the landscape</source>
        <translation>Compute the landscape</translation>
    </message>
    <message>
        <source>Pauses training; around the shown run&apos;s weights now</source>
        <translation>Pauses training; around the shown run&apos;s weights now</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>directions</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>span</source>
        <translation>span</translation>
    </message>
    <message>
        <source>Train a while, then compute the landscape around where the network is now.</source>
        <translation>Train a while, then compute the landscape around where the network is now.</translation>
    </message>
</context>
<context>
    <name>LayerStatsView</name>
    <message>
        <source>activation mean ± std (hidden layers)</source>
        <translation>activation mean ± std (hidden layers)</translation>
    </message>
    <message>
        <source>histogram of the activations (log counts)</source>
        <translation>histogram of the activations (log counts)</translation>
    </message>
    <message>
        <source>dead ReLU units (0 for the whole batch)</source>
        <translation>dead ReLU units (0 for the whole batch)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <source>gradient norm per layer</source>
        <translation>gradient norm per layer</translation>
    </message>
    <message>
        <source>histogram of</source>
        <translation>histogram of</translation>
    </message>
    <message>
        <source>inside {0}</source>
        <translation>inside {0}</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Previous slide (Page Up)</source>
        <translation>Previous slide (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Next slide (Page Down)</source>
        <translation>Next slide (Page Down)</translation>
    </message>
    <message>
        <source>+ Slide</source>
        <translation>+ Slide</translation>
    </message>
    <message>
        <source>Add what the window shows now as a slide after this one</source>
        <translation>Add what the window shows now as a slide after this one</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Save lesson…</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>Close the lesson</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>your answer</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>choose one</translation>
    </message>
    <message>
        <source>type a number with at least {0} significant digits</source>
        <translation>type a number with at least {0} significant digits</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ right</translation>
    </message>
    <message>
        <source>✗ not quite</source>
        <translation>✗ not quite</translation>
    </message>
    <message>
        <source>{0} of {1} questions right</source>
        <translation>{0} of {1} questions right</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Cannot open the lesson</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lessons (*.json)</translation>
    </message>
    <message>
        <source>Cannot show this slide</source>
        <translation>Cannot show this slide</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>New slide</translation>
    </message>
    <message>
        <source>Caption for this slide:</source>
        <translation>Caption for this slide:</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Save lesson</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>Cannot save the lesson</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>switch panel</source>
        <translation>switch panel</translation>
    </message>
    <message>
        <source>copy a PyTorch script that reproduces the numbers (race, lr, backprop)</source>
        <translation>copy a PyTorch script that reproduces the numbers (race, lr, backprop)</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>quit</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>step back / forward (backprop, race, lr effect); move the epoch cursor (schedules); move the time cursor one iteration (training lab)</source>
        <translation>step back / forward (backprop, race, lr effect); move the epoch cursor (schedules); move the time cursor one iteration (training lab)</translation>
    </message>
    <message>
        <source>previous / next phase (backprop); move the time cursor one epoch (training lab)</source>
        <translation>previous / next phase (backprop); move the time cursor one epoch (training lab)</translation>
    </message>
    <message>
        <source>first / last step; End: the training lab&apos;s time cursor back to the newest iteration</source>
        <translation>first / last step; End: the training lab&apos;s time cursor back to the newest iteration</translation>
    </message>
    <message>
        <source>next iteration (backprop)</source>
        <translation>next iteration (backprop)</translation>
    </message>
    <message>
        <source>Space (Dropout)</source>
        <translation>Space (Dropout)</translation>
    </message>
    <message>
        <source>a new mask</source>
        <translation>a new mask</translation>
    </message>
    <message>
        <source>reset: back to the start (race, training lab), to iteration 0 (backprop)</source>
        <translation>reset: back to the start (race, training lab), to iteration 0 (backprop)</translation>
    </message>
    <message>
        <source>next / previous lesson slide (what presentation clickers send)</source>
        <translation>next / previous lesson slide (what presentation clickers send)</translation>
    </message>
    <message>
        <source>open / save / save as a session (every panel&apos;s settings and step)</source>
        <translation>open / save / save as a session (every panel&apos;s settings and step)</translation>
    </message>
    <message>
        <source>export the current view&apos;s data as CSV / as a picture (PNG at a chosen size, or SVG)</source>
        <translation>export the current view&apos;s data as CSV / as a picture (PNG at a chosen size, or SVG)</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 or ?</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>this list</translation>
    </message>
    <message>
        <source>presentation mode (everything larger; sizes in View → Presentation size)</source>
        <translation>presentation mode (everything larger; sizes in View → Presentation size)</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>full screen</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>play / pause</translation>
    </message>
    <message>
        <source>apply a typed value now</source>
        <translation>apply a typed value now</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Loading {0}…</translation>
    </message>
    <message>
        <source>⏳ engine loading…</source>
        <translation>⏳ engine loading…</translation>
    </message>
    <message>
        <source>torch loads in the compute process; the window stays usable</source>
        <translation>torch loads in the compute process; the window stays usable</translation>
    </message>
    <message>
        <source>engine ready · torch {0}</source>
        <translation>engine ready · torch {0}</translation>
    </message>
    <message>
        <source>The compute process stopped ({0}); a new one has started and the panels are computing again. Nothing you typed was lost.</source>
        <translation>The compute process stopped ({0}); a new one has started and the panels are computing again. Nothing you typed was lost.</translation>
    </message>
    <message>
        <source>The compute process stopped again ({0}); a new one has started. Change a setting or press reset to compute again.</source>
        <translation>The compute process stopped again ({0}); a new one has started. Change a setting or press reset to compute again.</translation>
    </message>
    <message>
        <source>⚠ engine failed</source>
        <translation>⚠ engine failed</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Save session &amp;as…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Export data as CSV…</translation>
    </message>
    <message>
        <source>Copy as PyTorch code</source>
        <translation>Copy as PyTorch code</translation>
    </message>
    <message>
        <source>Export as notebook…</source>
        <translation>Export as notebook…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>Open lesson…</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Previous slide</translation>
    </message>
    <message>
        <source>Add the current view as a slide…</source>
        <translation>Add the current view as a slide…</translation>
    </message>
    <message>
        <source>Save lesson as…</source>
        <translation>Save lesson as…</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Close lesson</translation>
    </message>
    <message>
        <source>Back to this panel&apos;s starting settings</source>
        <translation>Back to this panel&apos;s starting settings</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Presentation size</source>
        <translation>Presentation size</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Full screen on</source>
        <translation>Full screen on</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About DescentLab</source>
        <translation>&amp;About DescentLab</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Export picture…</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Export animation…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>Python {0} on {1}</source>
        <translation>Python {0} on {1}</translation>
    </message>
    <message>
        <source>About DescentLab</source>
        <translation>About DescentLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DescentLab&lt;/h3&gt;&lt;p&gt;See how a neural network learns: gradient descent, learning rates and their schedules, computed with PyTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DescentLab&lt;/h3&gt;&lt;p&gt;See how a neural network learns: gradient descent, learning rates and their schedules, computed with PyTorch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>Backpropagation</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>Optimizer race</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Training lab</source>
        <translation>Training lab</translation>
    </message>
    <message>
        <source>Epochs and batches</source>
        <translation>Epochs and batches</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Weighted average</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>classic 2-2-2 (tutorial 3.2)</source>
        <translation>classic 2-2-2 (tutorial 3.2)</translation>
    </message>
    <message>
        <source>XOR 2-2-1</source>
        <translation>XOR 2-2-1</translation>
    </message>
    <message>
        <source>3-4-2 tanh / softmax</source>
        <translation>3-4-2 tanh / softmax</translation>
    </message>
    <message>
        <source>4-8-8-3 relu</source>
        <translation>4-8-8-3 relu</translation>
    </message>
    <message>
        <source>one per layer (tutorial)</source>
        <translation>one per layer (tutorial)</translation>
    </message>
    <message>
        <source>one per neuron (nn.Linear)</source>
        <translation>one per neuron (nn.Linear)</translation>
    </message>
    <message>
        <source>train biases</source>
        <translation>train biases</translation>
    </message>
    <message>
        <source>Dropout p after every hidden activation (0 to 0.9); masks change each iteration</source>
        <translation>Dropout p after every hidden activation (0 to 0.9); masks change each iteration</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>layers</translation>
    </message>
    <message>
        <source>hidden activation</source>
        <translation>hidden activation</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>inputs</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>targets</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>learning rate η</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>dropout p</source>
        <translation>dropout p</translation>
    </message>
    <message>
        <source>layers: whole numbers separated by commas, e.g. 2,3,2</source>
        <translation>layers: whole numbers separated by commas, e.g. 2,3,2</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number</source>
        <translation>{0}: &apos;{1}&apos; is not a number</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number (numbers separated by commas)</source>
        <translation>{0}: &apos;{1}&apos; is not a number (numbers separated by commas)</translation>
    </message>
    <message>
        <source>{0}: one number</source>
        <translation>{0}: one number</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>edges: sign and size of w</source>
        <translation>edges: sign and size of w</translation>
    </message>
    <message>
        <source>edges: last gradient ∂L/∂w</source>
        <translation>edges: last gradient ∂L/∂w</translation>
    </message>
    <message>
        <source>Click a weight or a neuron (its bias) to edit it while paused.</source>
        <translation>Click a weight or a neuron (its bias) to edit it while paused.</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>layer {0}: {1}</source>
        <translation>layer {0}: {1}</translation>
    </message>
    <message>
        <source>the first {0} neurons of each layer drawn ({1})</source>
        <translation>the first {0} neurons of each layer drawn ({1})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0} = {1:.6g}
∂L/∂{3} = {2:.3g} (last step)</source>
        <translation>{0} = {1:.6g}
∂L/∂{3} = {2:.3g} (last step)</translation>
    </message>
    <message>
        <source>{0}: γ·x̂ + β from {1:.3g} to {2:.3g} over the plane; γ {3:.6g}, β {4:.6g}; normalised with the running mean {5:.4g} and variance {6:.4g}</source>
        <translation>{0}: γ·x̂ + β from {1:.3g} to {2:.3g} over the plane; γ {3:.6g}, β {4:.6g}; normalised with the running mean {5:.4g} and variance {6:.4g}</translation>
    </message>
    <message>
        <source>P(class {0})</source>
        <translation>P(class {0})</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>{0}: {1} from {2:.3g} to {3:.3g} over the plane; bias {4:.6g}</source>
        <translation>{0}: {1} from {2:.3g} to {3:.3g} over the plane; bias {4:.6g}</translation>
    </message>
    <message>
        <source>Enter applies it from the next step</source>
        <translation>Enter applies it from the next step</translation>
    </message>
    <message>
        <source>Pause at the newest iteration to edit</source>
        <translation>Pause at the newest iteration to edit</translation>
    </message>
    <message>
        <source>{0}: a number from −{1:g} to {1:g}</source>
        <translation>{0}: a number from −{1:g} to {1:g}</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Run the next cell: it needs only PyTorch and prints, as CSV, the numbers DescentLab showed.</source>
        <translation>Run the next cell: it needs only PyTorch and prints, as CSV, the numbers DescentLab showed.</translation>
    </message>
    <message>
        <source>The printed rows as a plot (needs matplotlib: `pip install matplotlib`).</source>
        <translation>The printed rows as a plot (needs matplotlib: `pip install matplotlib`).</translation>
    </message>
    <message>
        <source>matplotlib is not installed: pip install matplotlib, then run this cell again</source>
        <translation>matplotlib is not installed: pip install matplotlib, then run this cell again</translation>
    </message>
    <message>
        <source>{0} from ({1}) for {2} steps on f = `{3}`.</source>
        <translation>{0} from ({1}) for {2} steps on f = `{3}`.</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>Optimizer race</translation>
    </message>
    <message>
        <source>The learning rate in force during each of {0} epochs, from lr = {1}, under {2}.</source>
        <translation>The learning rate in force during each of {0} epochs, from lr = {1}, under {2}.</translation>
    </message>
    <message>
        <source>Learning-rate schedules</source>
        <translation>Learning-rate schedules</translation>
    </message>
    <message>
        <source>One forward pass, backward pass and update of the network {0} (learning rate η = {1}): each parameter&apos;s value, gradient and updated value.</source>
        <translation>One forward pass, backward pass and update of the network {0} (learning rate η = {1}): each parameter&apos;s value, gradient and updated value.</translation>
    </message>
    <message>
        <source>Backpropagation, one step</source>
        <translation>Backpropagation, one step</translation>
    </message>
    <message>
        <source>Training lab</source>
        <translation>Training lab</translation>
    </message>
    <message>
        <source>the tutorial&apos;s 30 temperatures</source>
        <translation>the tutorial&apos;s 30 temperatures</translation>
    </message>
    <message>
        <source>{0} typed values</source>
        <translation>{0} typed values</translation>
    </message>
    <message>
        <source>Exponentially weighted averages with β = {0} of {1}, without and with bias correction.</source>
        <translation>Exponentially weighted averages with β = {0} of {1}, without and with bias correction.</translation>
    </message>
    <message>
        <source>Weighted averages</source>
        <translation>Weighted averages</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>training mode</translation>
    </message>
    <message>
        <source>eval mode</source>
        <translation>eval mode</translation>
    </message>
    <message>
        <source>{0} on the {1} data: {2} training and {3} test samples, batch size {4}, {5} epochs, seed {6}.</source>
        <translation>{0} on the {1} data: {2} training and {3} test samples, batch size {4}, {5} epochs, seed {6}.</translation>
    </message>
    <message>
        <source>a Linear(4, 5) + ReLU drawn from seed 0</source>
        <translation>a Linear(4, 5) + ReLU drawn from seed 0</translation>
    </message>
    <message>
        <source>the tutorial&apos;s printed Linear(4, 5) + ReLU output</source>
        <translation>the tutorial&apos;s printed Linear(4, 5) + ReLU output</translation>
    </message>
    <message>
        <source>nn.Dropout(p = {0}) in {1} on {2}; mask seed {3}.</source>
        <translation>nn.Dropout(p = {0}) in {1} on {2}; mask seed {3}.</translation>
    </message>
    <message>
        <source>{0} in {1} on a batch of shape {2} (momentum {3}): each element&apos;s x, x̂ and y, and the running statistics after the batch.</source>
        <translation>{0} in {1} on a batch of shape {2} (momentum {3}): each element&apos;s x, x̂ and y, and the running statistics after the batch.</translation>
    </message>
    <message>
        <source>w·x + b fitted by SGD (lr = {0}) to {1} samples for {2} epochs, three ways: the whole set, mini-batches of {3} and single samples per step; the loss on all data after every step.</source>
        <translation>w·x + b fitted by SGD (lr = {0}) to {1} samples for {2} epochs, three ways: the whole set, mini-batches of {3} and single samples per step; the loss on all data after every step.</translation>
    </message>
    <message>
        <source>Epochs and batches</source>
        <translation>Epochs and batches</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>nothing computed yet</source>
        <translation>nothing computed yet</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>First (Home)</source>
        <translation>First (Home)</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>Step back (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Play / pause (Space)</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>Step forward (→)</translation>
    </message>
    <message>
        <source>Last (End)</source>
        <translation>Last (End)</translation>
    </message>
    <message>
        <source>Playback speed (1× = {0:g} steps per second)</source>
        <translation>Playback speed (1× = {0:g} steps per second)</translation>
    </message>
</context>
<context>
    <name>PredictForm</name>
    <message>
        <source>predict the next step</source>
        <translation>predict the next step</translation>
    </message>
    <message>
        <source>Hide the numbers of the update; type your own and press Enter</source>
        <translation>Hide the numbers of the update; type your own and press Enter</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>your value</translation>
    </message>
    <message>
        <source>No mistake in your {0} values.</source>
        <translation>No mistake in your {0} values.</translation>
    </message>
    <message>
        <source>First mistake: {0} — {1}. The right value: {2}.</source>
        <translation>First mistake: {0} — {1}. The right value: {2}.</translation>
    </message>
</context>
<context>
    <name>QuadraticRangeView</name>
    <message>
        <source>SGD on y = 4x² from x = 2, the lr growing exponentially from step to step: the learning-rate range test where the right answer is known.</source>
        <translation>SGD on y = 4x² from x = 2, the lr growing exponentially from step to step: the learning-rate range test where the right answer is known.</translation>
    </message>
    <message>
        <source>0.125: one step
to the minimum</source>
        <translation>0.125: one step
to the minimum</translation>
    </message>
    <message>
        <source>0.25: each step
overshoots</source>
        <translation>0.25: each step
overshoots</translation>
    </message>
    <message>
        <source>The loss falls fastest in the step with lr = {0:.3g}, the schedule&apos;s nearest to 0.125: there x − lr·8x = 0, one step lands on the minimum.</source>
        <translation>The loss falls fastest in the step with lr = {0:.3g}, the schedule&apos;s nearest to 0.125: there x − lr·8x = 0, one step lands on the minimum.</translation>
    </message>
    <message>
        <source>The loss is lowest after the step with lr = {0:.3g}; from lr = 0.25 on |1 − 8·lr| ≥ 1, so each step ends at least as far from 0 as it began and the loss climbs back.</source>
        <translation>The loss is lowest after the step with lr = {0:.3g}; from lr = 0.25 on |1 − 8·lr| ≥ 1, so each step ends at least as far from 0 as it began and the loss climbs back.</translation>
    </message>
    <message>
        <source>The range test&apos;s rules read the smoothed curve: {0}. Here they miss, because the smoothing averages the loss itself, and a loss that falls by 30 orders of magnitude averages to its first values; on this curve read the raw loss.</source>
        <translation>The range test&apos;s rules read the smoothed curve: {0}. Here they miss, because the smoothing averages the loss itself, and a loss that falls by 30 orders of magnitude averages to its first values; on this curve read the raw loss.</translation>
    </message>
</context>
<context>
    <name>RaceFigure</name>
    <message>
        <source>−lr·g: a plain gradient step</source>
        <translation>−lr·g: a plain gradient step</translation>
    </message>
    <message>
        <source>Δw: this step, to scale</source>
        <translation>Δw: this step, to scale</translation>
    </message>
    <message>
        <source>The start point: drag it, or Shift+click anywhere on the surface</source>
        <translation>The start point: drag it, or Shift+click anywhere on the surface</translation>
    </message>
    <message>
        <source>Drag the start point (or Shift+click) to start the race elsewhere; scroll to zoom, drag to pan</source>
        <translation>Drag the start point (or Shift+click) to start the race elsewhere; scroll to zoom, drag to pan</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>  (colours: log scale)</source>
        <translation>  (colours: log scale)</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>converged</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stalled</translation>
    </message>
    <message>
        <source>left the view</source>
        <translation>left the view</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>diverged</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>bowl</translation>
    </message>
    <message>
        <source>ravine</source>
        <translation>ravine</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>saddle</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>plateau</translation>
    </message>
    <message>
        <source>rastrigin (many local minima)</source>
        <translation>rastrigin (many local minima)</translation>
    </message>
    <message>
        <source>tutorial: w²/2</source>
        <translation>tutorial: w²/2</translation>
    </message>
    <message>
        <source>Tutorial: w²/2 (3.3)</source>
        <translation>Tutorial: w²/2 (3.3)</translation>
    </message>
    <message>
        <source>Momentum: two forms</source>
        <translation>Momentum: two forms</translation>
    </message>
    <message>
        <source>Saddle: momentum escapes</source>
        <translation>Saddle: momentum escapes</translation>
    </message>
    <message>
        <source>Ravine: zig-zag vs Adam</source>
        <translation>Ravine: zig-zag vs Adam</translation>
    </message>
    <message>
        <source>AdaGrad&apos;s lr dies out</source>
        <translation>AdaGrad&apos;s lr dies out</translation>
    </message>
    <message>
        <source>All five on Rosenbrock</source>
        <translation>All five on Rosenbrock</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>Set up one of the tutorial&apos;s comparisons</source>
        <translation>Set up one of the tutorial&apos;s comparisons</translation>
    </message>
    <message>
        <source>custom formula</source>
        <translation>custom formula</translation>
    </message>
    <message>
        <source>A formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2</source>
        <translation>A formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>surface</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formula</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>Start point x, y; or drag the start marker (or Shift+click) on the surface</source>
        <translation>Start point x, y; or drag the start marker (or Shift+click) on the surface</translation>
    </message>
    <message>
        <source>swarm</source>
        <translation>swarm</translation>
    </message>
    <message>
        <source>Many start points per optimizer: see where each one ends up</source>
        <translation>Many start points per optimizer: see where each one ends up</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <source>colour by minimum reached</source>
        <translation>colour by minimum reached</translation>
    </message>
    <message>
        <source>colour by final loss</source>
        <translation>colour by final loss</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>formula: {0}</source>
        <translation>formula: {0}</translation>
    </message>
    <message>
        <source>numbers separated by a comma, e.g. -1.5, 2</source>
        <translation>numbers separated by a comma, e.g. -1.5, 2</translation>
    </message>
    <message>
        <source>start: {0}</source>
        <translation>start: {0}</translation>
    </message>
    <message>
        <source>every racer needs a valid optimizer (see the message under it)</source>
        <translation>every racer needs a valid optimizer (see the message under it)</translation>
    </message>
    <message>
        <source>add a racer</source>
        <translation>add a racer</translation>
    </message>
    <message>
        <source>racing…</source>
        <translation>racing…</translation>
    </message>
    <message>
        <source>waiting for the engine…</source>
        <translation>waiting for the engine…</translation>
    </message>
</context>
<context>
    <name>RacerRow</name>
    <message>
        <source>all steps</source>
        <translation>all steps</translation>
    </message>
    <message>
        <source>the optimizer&apos;s lr</source>
        <translation>the optimizer&apos;s lr</translation>
    </message>
</context>
<context>
    <name>RacersColumn</name>
    <message>
        <source>Add racer</source>
        <translation>Add racer</translation>
    </message>
</context>
<context>
    <name>RangeFields</name>
    <message>
        <source>Run the range test</source>
        <translation>Run the range test</translation>
    </message>
    <message>
        <source>lr from</source>
        <translation>lr from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iterations</translation>
    </message>
</context>
<context>
    <name>RangePlot</name>
    <message>
        <source>minimum / 10</source>
        <translation>minimum / 10</translation>
    </message>
    <message>
        <source>steepest descent</source>
        <translation>steepest descent</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>valley</translation>
    </message>
    <message>
        <source>learning rate (log scale)</source>
        <translation>learning rate (log scale)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>each step&apos;s loss</source>
        <translation>each step&apos;s loss</translation>
    </message>
    <message>
        <source>smoothed (β = 0.98)</source>
        <translation>smoothed (β = 0.98)</translation>
    </message>
</context>
<context>
    <name>RangeTestView</name>
    <message>
        <source>Pauses training; the run is left exactly as it was</source>
        <translation>Pauses training; the run is left exactly as it was</translation>
    </message>
    <message>
        <source>Race the suggested learning rates</source>
        <translation>Race the suggested learning rates</translation>
    </message>
    <message>
        <source>A new run of the lab, one racer per suggestion, same seed</source>
        <translation>A new run of the lab, one racer per suggestion, same seed</translation>
    </message>
    <message>
        <source>The smoothing, in the weighted-average lab ▶</source>
        <translation>The smoothing, in the weighted-average lab ▶</translation>
    </message>
    <message>
        <source>These losses averaged with β = 0.98 and bias correction, day by day</source>
        <translation>These losses averaged with β = 0.98 and bias correction, day by day</translation>
    </message>
    <message>
        <source>The range test trains a few steps while the learning rate grows from tiny to huge, and reads a good learning rate off the loss.</source>
        <translation>The range test trains a few steps while the learning rate grows from tiny to huge, and reads a good learning rate off the loss.</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>racer</source>
        <translation>racer</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>first step</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>final loss</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>first to loss ≤</source>
        <translation>first to loss ≤</translation>
    </message>
    <message>
        <source>threshold: &apos;{0}&apos; is not a number</source>
        <translation>threshold: &apos;{0}&apos; is not a number</translation>
    </message>
    <message>
        <source>{0:.0f}% at a minimum</source>
        <translation>{0:.0f}% at a minimum</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>{0}: P(class 0) = {1:.3f}, P(class 1) = {2:.3f}</source>
        <translation>{0}: P(class 0) = {1:.3f}, P(class 1) = {2:.3f}</translation>
    </message>
    <message>
        <source>{0}: class {1}, P = {2:.3f}</source>
        <translation>{0}: class {1}, P = {2:.3f}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>epoch {0}</translation>
    </message>
    <message>
        <source>{0}: loss {1:.4f} / {2:.4f}, accuracy {3:.3f} / {4:.3f} (training / test), lr {5:.3g}</source>
        <translation>{0}: loss {1:.4f} / {2:.4f}, accuracy {3:.3f} / {4:.3f} (training / test), lr {5:.3g}</translation>
    </message>
</context>
<context>
    <name>ScheduleFigure</name>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
</context>
<context>
    <name>SchedulesView</name>
    <message>
        <source>Tutorial 4.2–4.4</source>
        <translation>Tutorial 4.2–4.4</translation>
    </message>
    <message>
        <source>Cosine family</source>
        <translation>Cosine family</translation>
    </message>
    <message>
        <source>Warm-up and linear</source>
        <translation>Warm-up and linear</translation>
    </message>
    <message>
        <source>Initial learning rate of the optimizer</source>
        <translation>Initial learning rate of the optimizer</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <source>initial lr</source>
        <translation>initial lr</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>Add schedule</translation>
    </message>
    <message>
        <source>Read the exact lr in force during this epoch (←/→ move it)</source>
        <translation>Read the exact lr in force during this epoch (←/→ move it)</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>lr at epoch</source>
        <translation>lr at epoch</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>how it decays</source>
        <translation>how it decays</translation>
    </message>
    <message>
        <source>when to use it</source>
        <translation>when to use it</translation>
    </message>
    <message>
        <source>cursor at epoch</source>
        <translation>cursor at epoch</translation>
    </message>
    <message>
        <source>all epochs</source>
        <translation>all epochs</translation>
    </message>
    <message>
        <source>initial lr: &apos;{0}&apos; is not a number</source>
        <translation>initial lr: &apos;{0}&apos; is not a number</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>waiting for the engine…</source>
        <translation>waiting for the engine…</translation>
    </message>
    <message>
        <source>error: {0}</source>
        <translation>error: {0}</translation>
    </message>
    <message>
        <source>lr of {0} during epoch {1}</source>
        <translation>lr of {0} during epoch {1}</translation>
    </message>
    <message>
        <source>lr at epoch {0}</source>
        <translation>lr at epoch {0}</translation>
    </message>
</context>
<context>
    <name>SeriesPlots</name>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>Double-click: enlarge the curves (double-click again: back to the surface)</source>
        <translation>Double-click: enlarge the curves (double-click again: back to the surface)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <source>distance to the nearest minimum</source>
        <translation>distance to the nearest minimum</translation>
    </message>
    <message>
        <source>no known minimum on this surface</source>
        <translation>no known minimum on this surface</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Cannot open the session</source>
        <translation>Cannot open the session</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Cannot save the session</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>Sessions (*.json)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Autosave failed: {0}</translation>
    </message>
    <message>
        <source>DescentLab did not close normally last time. Restore the session it saved automatically?</source>
        <translation>DescentLab did not close normally last time. Restore the session it saved automatically?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>SpecRow</name>
    <message>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>scheduler</translation>
    </message>
    <message>
        <source>no {0}</source>
        <translation>no {0}</translation>
    </message>
    <message>
        <source>Choose the {0}</source>
        <translation>Choose the {0}</translation>
    </message>
    <message>
        <source>no {0} (choose one or type it)</source>
        <translation>no {0} (choose one or type it)</translation>
    </message>
    <message>
        <source>Write it as in PyTorch, e.g. {0}</source>
        <translation>Write it as in PyTorch, e.g. {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>StepFormula</name>
    <message>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>backward</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>{0} · step {1} / {2}</source>
        <translation>{0} · step {1} / {2}</translation>
    </message>
    <message>
        <source>= ? (type your value in the table)</source>
        <translation>= ? (type your value in the table)</translation>
    </message>
    <message>
        <source>(no autograd counterpart: one term of a sum)</source>
        <translation>(no autograd counterpart: one term of a sum)</translation>
    </message>
    <message>
        <source>autograd {0:.{1}g}, |manual − autograd| = {2:.1e}</source>
        <translation>autograd {0:.{1}g}, |manual − autograd| = {2:.1e}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a neuron or a weight to see every computation it takes part in.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click a neuron or a weight to see every computation it takes part in.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: nothing computed yet at this step</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: nothing computed yet at this step</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formula</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>your value</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>|manual − autograd|</source>
        <translation>|manual − autograd|</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Drag to see the run at an earlier iteration (← / →: one iteration, Shift+← / Shift+→: one epoch, End: back to the newest)</source>
        <translation>Drag to see the run at an earlier iteration (← / →: one iteration, Shift+← / Shift+→: one epoch, End: back to the newest)</translation>
    </message>
    <message>
        <source>back to the newest (End)</source>
        <translation>back to the newest (End)</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>full speed</translation>
    </message>
    <message>
        <source>{0} iterations/s</source>
        <translation>{0} iterations/s</translation>
    </message>
    <message>
        <source>How fast ▶ trains: slow enough to talk over, or as fast as it goes</source>
        <translation>How fast ▶ trains: slow enough to talk over, or as fast as it goes</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>speed</translation>
    </message>
    <message>
        <source>showing iteration {0}</source>
        <translation>showing iteration {0}</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>loss — solid: training set, dashed: test set; shaded: the gap</source>
        <translation>loss — solid: training set, dashed: test set; shaded: the gap</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>training set</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>number of runs</source>
        <translation>number of runs</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>layers</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>Dropout on or off</source>
        <translation>Dropout on or off</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>scheduler</translation>
    </message>
    <message>
        <source>Why BatchNorm</source>
        <translation>Why BatchNorm</translation>
    </message>
    <message>
        <source>Six narrow sigmoid layers trained by SGD, with and without BatchNorm (same seed): watch the activations and the first layers&apos; gradients in &apos;inside the layers&apos;</source>
        <translation>Six narrow sigmoid layers trained by SGD, with and without BatchNorm (same seed): watch the activations and the first layers&apos; gradients in &apos;inside the layers&apos;</translation>
    </message>
    <message>
        <source>no regularization</source>
        <translation>no regularization</translation>
    </message>
    <message>
        <source>Dropout p=0.5</source>
        <translation>Dropout p=0.5</translation>
    </message>
    <message>
        <source>weight decay 1e-2</source>
        <translation>weight decay 1e-2</translation>
    </message>
    <message>
        <source>sigmoid, no BatchNorm</source>
        <translation>sigmoid, no BatchNorm</translation>
    </message>
    <message>
        <source>sigmoid + BatchNorm</source>
        <translation>sigmoid + BatchNorm</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>batch size</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>▶ train (Space)</source>
        <translation>▶ train (Space)</translation>
    </message>
    <message>
        <source>+1 iteration</source>
        <translation>+1 iteration</translation>
    </message>
    <message>
        <source>+1 epoch</source>
        <translation>+1 epoch</translation>
    </message>
    <message>
        <source>reset (R)</source>
        <translation>reset (R)</translation>
    </message>
    <message>
        <source>Overfit on purpose, then cure it</source>
        <translation>Overfit on purpose, then cure it</translation>
    </message>
    <message>
        <source>A tiny noisy training set and a wide network, four times: no regularization, Dropout, BatchNorm, weight decay</source>
        <translation>A tiny noisy training set and a wide network, four times: no regularization, Dropout, BatchNorm, weight decay</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>Fork at the cursor…</source>
        <translation>Fork at the cursor…</translation>
    </message>
    <message>
        <source>Change one setting from the time cursor&apos;s iteration on and train both futures from the same state</source>
        <translation>Change one setting from the time cursor&apos;s iteration on and train both futures from the same state</translation>
    </message>
    <message>
        <source>boundary of</source>
        <translation>boundary of</translation>
    </message>
    <message>
        <source>{0} changed: training starts again from iteration 0.</source>
        <translation>{0} changed: training starts again from iteration 0.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>❚❚ pause (Space)</source>
        <translation>❚❚ pause (Space)</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · batch {2}/{3} · iteration {4}</source>
        <translation>epoch {0}/{1} · batch {2}/{3} · iteration {4}</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>CSV file…</source>
        <translation>CSV file…</translation>
    </message>
    <message>
        <source>One optimizer, or several separated by &apos;;&apos; to race them on the same data, batches and initial weights</source>
        <translation>One optimizer, or several separated by &apos;;&apos; to race them on the same data, batches and initial weights</translation>
    </message>
    <message>
        <source>none (e.g. StepLR(step_size=20))</source>
        <translation>none (e.g. StepLR(step_size=20))</translation>
    </message>
    <message>
        <source>A scheduler for every run, e.g. StepLR(step_size=20, gamma=0.5); empty: the lr stays constant</source>
        <translation>A scheduler for every run, e.g. StepLR(step_size=20, gamma=0.5); empty: the lr stays constant</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>noise</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>training set</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>layers</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>optimizer(s)</source>
        <translation>optimizer(s)</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>scheduler</translation>
    </message>
    <message>
        <source>dropout p</source>
        <translation>dropout p</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>weight decay</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>batch size</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>Show or fold away the settings (folded in presentation mode, so the plots get the room)</source>
        <translation>Show or fold away the settings (folded in presentation mode, so the plots get the room)</translation>
    </message>
    <message>
        <source>Settings ▴</source>
        <translation>Settings ▴</translation>
    </message>
    <message>
        <source>Settings ▾</source>
        <translation>Settings ▾</translation>
    </message>
    <message>
        <source>, dropout {0}</source>
        <translation>, dropout {0}</translation>
    </message>
    <message>
        <source>{0}, {1} training samples · {2}{3} · {4}{5} · batch {6} · {7} epochs</source>
        <translation>{0}, {1} training samples · {2}{3} · {4}{5} · batch {6} · {7} epochs</translation>
    </message>
    <message>
        <source>noise, dropout p and weight decay take numbers</source>
        <translation>noise, dropout p and weight decay take numbers</translation>
    </message>
    <message>
        <source>layers: whole numbers separated by commas, e.g. 2,32,32,2</source>
        <translation>layers: whole numbers separated by commas, e.g. 2,32,32,2</translation>
    </message>
    <message>
        <source>choose a CSV file with x1,x2,label rows</source>
        <translation>choose a CSV file with x1,x2,label rows</translation>
    </message>
    <message>
        <source>Data: x1,x2,label rows</source>
        <translation>Data: x1,x2,label rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>TrainingViews</name>
    <message>
        <source>Point at the plane to read the class probabilities there.</source>
        <translation>Point at the plane to read the class probabilities there.</translation>
    </message>
    <message>
        <source>Point at the curves to read every run&apos;s numbers at an epoch.</source>
        <translation>Point at the curves to read every run&apos;s numbers at an epoch.</translation>
    </message>
    <message>
        <source>curves per epoch</source>
        <translation>curves per epoch</translation>
    </message>
    <message>
        <source>inside the layers</source>
        <translation>inside the layers</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>the network</translation>
    </message>
    <message>
        <source>lr range test</source>
        <translation>lr range test</translation>
    </message>
    <message>
        <source>loss landscape</source>
        <translation>loss landscape</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Presentation mode {0:g}×</source>
        <translation>Presentation mode {0:g}×</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Normal size</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>{0} · epoch {1} · test accuracy {2:.3f}</source>
        <translation>{0} · epoch {1} · test accuracy {2:.3f}</translation>
    </message>
    <message>
        <source>learning-rate range test · {0} steps{1}</source>
        <translation>learning-rate range test · {0} steps{1}</translation>
    </message>
    <message>
        <source> · stopped: the loss exploded</source>
        <translation> · stopped: the loss exploded</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>w ← w − lr·g</source>
        <translation>w ← w − lr·g</translation>
    </message>
    <message>
        <source>steps straight down the gradient</source>
        <translation>steps straight down the gradient</translation>
    </message>
    <message>
        <source>small tasks and models; the baseline</source>
        <translation>small tasks and models; the baseline</translation>
    </message>
    <message>
        <source>v ← μ·v + g;  w ← w − lr·v</source>
        <translation>v ← μ·v + g;  w ← w − lr·v</translation>
    </message>
    <message>
        <source>an exponentially weighted average of the gradients</source>
        <translation>an exponentially weighted average of the gradients</translation>
    </message>
    <message>
        <source>ravines and noisy gradients; damps zig-zagging</source>
        <translation>ravines and noisy gradients; damps zig-zagging</translation>
    </message>
    <message>
        <source>s ← s + g²;  w ← w − lr·g / (√s + ε)</source>
        <translation>s ← s + g²;  w ← w − lr·g / (√s + ε)</translation>
    </message>
    <message>
        <source>per-parameter step that only shrinks</source>
        <translation>per-parameter step that only shrinks</translation>
    </message>
    <message>
        <source>sparse features; the step may shrink too early</source>
        <translation>sparse features; the step may shrink too early</translation>
    </message>
    <message>
        <source>s ← α·s + (1 − α)·g²;  w ← w − lr·g / (√s + ε)</source>
        <translation>s ← α·s + (1 − α)·g²;  w ← w − lr·g / (√s + ε)</translation>
    </message>
    <message>
        <source>per-parameter step from a moving average of g²</source>
        <translation>per-parameter step from a moving average of g²</translation>
    </message>
    <message>
        <source>non-stationary problems; fixes AdaGrad's early shrinking</source>
        <translation>non-stationary problems; fixes AdaGrad's early shrinking</translation>
    </message>
    <message>
        <source>m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  w ← w − lr·m̂ / (√v̂ + ε)</source>
        <translation>m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  w ← w − lr·m̂ / (√v̂ + ε)</translation>
    </message>
    <message>
        <source>momentum plus RMSProp, with bias correction</source>
        <translation>momentum plus RMSProp, with bias correction</translation>
    </message>
    <message>
        <source>the usual first choice for deep networks</source>
        <translation>the usual first choice for deep networks</translation>
    </message>
    <message>
        <source>Adam, with weight decay applied to w directly</source>
        <translation>Adam, with weight decay applied to w directly</translation>
    </message>
    <message>
        <source>Adam with decoupled weight decay</source>
        <translation>Adam with decoupled weight decay</translation>
    </message>
    <message>
        <source>Adam with regularization</source>
        <translation>Adam with regularization</translation>
    </message>
    <message>
        <source>Adam with Nesterov momentum: the step looks ahead along m, with μ_t rising towards β1</source>
        <translation>Adam with Nesterov momentum: the step looks ahead along m, with μ_t rising towards β1</translation>
    </message>
    <message>
        <source>Adam that reacts a little earlier to a change of direction</source>
        <translation>Adam that reacts a little earlier to a change of direction</translation>
    </message>
    <message>
        <source>where Adam works, often a little faster</source>
        <translation>where Adam works, often a little faster</translation>
    </message>
    <message>
        <source>Adam whose adaptive step starts only when ρ_t &gt; 5, rectified by r_t; before: w ← w − lr·m̂</source>
        <translation>Adam whose adaptive step starts only when ρ_t &gt; 5, rectified by r_t; before: w ← w − lr·m̂</translation>
    </message>
    <message>
        <source>momentum SGD at first, then Adam with a variance correction</source>
        <translation>momentum SGD at first, then Adam with a variance correction</translation>
    </message>
    <message>
        <source>Adam without a warm-up schedule</source>
        <translation>Adam without a warm-up schedule</translation>
    </message>
    <message>
        <source>m ← β1·m + (1 − β1)·g;  u ← max(β2·u, |g| + ε);  w ← w − lr/(1 − β1^t)·m/u</source>
        <translation>m ← β1·m + (1 − β1)·g;  u ← max(β2·u, |g| + ε);  w ← w − lr/(1 − β1^t)·m/u</translation>
    </message>
    <message>
        <source>Adam with the largest recent |g| in place of √(average g²)</source>
        <translation>Adam with the largest recent |g| in place of √(average g²)</translation>
    </message>
    <message>
        <source>embeddings and other sparse or spiky gradients</source>
        <translation>embeddings and other sparse or spiky gradients</translation>
    </message>
    <message>
        <source>s ← ρ·s + (1 − ρ)·g²;  Δ = √(a + ε)/√(s + ε)·g;  a ← ρ·a + (1 − ρ)·Δ²;  w ← w − lr·Δ</source>
        <translation>s ← ρ·s + (1 − ρ)·g²;  Δ = √(a + ε)/√(s + ε)·g;  a ← ρ·a + (1 − ρ)·Δ²;  w ← w − lr·Δ</translation>
    </message>
    <message>
        <source>step sizes in the units of w, from the recent steps themselves</source>
        <translation>step sizes in the units of w, from the recent steps themselves</translation>
    </message>
    <message>
        <source>when you would rather not pick a learning rate</source>
        <translation>when you would rather not pick a learning rate</translation>
    </message>
    <message>
        <source>lr = lr0 · gamma^⌊epoch / step_size⌋</source>
        <translation>lr = lr0 · gamma^⌊epoch / step_size⌋</translation>
    </message>
    <message>
        <source>drops by the same factor at equal intervals</source>
        <translation>drops by the same factor at equal intervals</translation>
    </message>
    <message>
        <source>a simple, predictable default for long runs; easy to reason about</source>
        <translation>a simple, predictable default for long runs; easy to reason about</translation>
    </message>
    <message>
        <source>lr = lr0 · gamma^(number of milestones ≤ epoch)</source>
        <translation>lr = lr0 · gamma^(number of milestones ≤ epoch)</translation>
    </message>
    <message>
        <source>drops by a factor at epochs you choose</source>
        <translation>drops by a factor at epochs you choose</translation>
    </message>
    <message>
        <source>when you know from experience where training plateaus</source>
        <translation>when you know from experience where training plateaus</translation>
    </message>
    <message>
        <source>lr = lr0 · gamma^epoch</source>
        <translation>lr = lr0 · gamma^epoch</translation>
    </message>
    <message>
        <source>shrinks smoothly by the same factor every epoch</source>
        <translation>shrinks smoothly by the same factor every epoch</translation>
    </message>
    <message>
        <source>smooth, steady decay; gamma close to 1 keeps it gentle</source>
        <translation>smooth, steady decay; gamma close to 1 keeps it gentle</translation>
    </message>
    <message>
        <source>lr = eta_min + (lr0 − eta_min) · (1 + cos(π · epoch / T_max)) / 2</source>
        <translation>lr = eta_min + (lr0 − eta_min) · (1 + cos(π · epoch / T_max)) / 2</translation>
    </message>
    <message>
        <source>follows half a cosine from lr0 down to eta_min</source>
        <translation>follows half a cosine from lr0 down to eta_min</translation>
    </message>
    <message>
        <source>a popular default for fixed-length training; no steps to tune</source>
        <translation>a popular default for fixed-length training; no steps to tune</translation>
    </message>
    <message>
        <source>cosine from lr0 to eta_min over T_i epochs, then jump back to lr0 (T_i+1 = T_mult · T_i)</source>
        <translation>cosine from lr0 to eta_min over T_i epochs, then jump back to lr0 (T_i+1 = T_mult · T_i)</translation>
    </message>
    <message>
        <source>repeated cosine decays with restarts</source>
        <translation>repeated cosine decays with restarts</translation>
    </message>
    <message>
        <source>escaping poor regions by periodically raising the lr again</source>
        <translation>escaping poor regions by periodically raising the lr again</translation>
    </message>
    <message>
        <source>lr = lr0 · factor, factor moving linearly from start_factor to end_factor</source>
        <translation>lr = lr0 · factor, factor moving linearly from start_factor to end_factor</translation>
    </message>
    <message>
        <source>a straight ramp, then constant</source>
        <translation>a straight ramp, then constant</translation>
    </message>
    <message>
        <source>warm-up at the start of training (start_factor &lt; 1)</source>
        <translation>warm-up at the start of training (start_factor &lt; 1)</translation>
    </message>
    <message>
        <source>rise from max_lr/div_factor to max_lr, then anneal far below the start (ignores lr0)</source>
        <translation>rise from max_lr/div_factor to max_lr, then anneal far below the start (ignores lr0)</translation>
    </message>
    <message>
        <source>one warm-up then one long decay</source>
        <translation>one warm-up then one long decay</translation>
    </message>
    <message>
        <source>fast training with a known number of steps (super-convergence)</source>
        <translation>fast training with a known number of steps (super-convergence)</translation>
    </message>
    <message>
        <source>lr = lr0 · (1 − epoch / total_iters)^power, then 0</source>
        <translation>lr = lr0 · (1 − epoch / total_iters)^power, then 0</translation>
    </message>
    <message>
        <source>a polynomial fall to zero</source>
        <translation>a polynomial fall to zero</translation>
    </message>
    <message>
        <source>decay that must reach exactly zero at a known epoch</source>
        <translation>decay that must reach exactly zero at a known epoch</translation>
    </message>
    <message>
        <source>lr = lr0 · factor for epoch &lt; total_iters, then lr0</source>
        <translation>lr = lr0 · factor for epoch &lt; total_iters, then lr0</translation>
    </message>
    <message>
        <source>one low plateau, then the full lr</source>
        <translation>one low plateau, then the full lr</translation>
    </message>
    <message>
        <source>a crude warm-up</source>
        <translation>a crude warm-up</translation>
    </message>
    <message>
        <source>triangle wave between base_lr and max_lr (ignores lr0)</source>
        <translation>triangle wave between base_lr and max_lr (ignores lr0)</translation>
    </message>
    <message>
        <source>goes up and down periodically</source>
        <translation>goes up and down periodically</translation>
    </message>
    <message>
        <source>exploring a range of lrs without tuning a decay</source>
        <translation>exploring a range of lrs without tuning a decay</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>'{part}' is not allowed in a formula: use numbers, x, y, + - * / ** and functions</source>
        <translation>'{part}' is not allowed in a formula: use numbers, x, y, + - * / ** and functions</translation>
    </message>
    <message>
        <source>empty formula: write one in x and y, e.g. x**2 + y**2</source>
        <translation>empty formula: write one in x and y, e.g. x**2 + y**2</translation>
    </message>
    <message>
        <source>formula too long ({length} characters, at most {most})</source>
        <translation>formula too long ({length} characters, at most {most})</translation>
    </message>
    <message>
        <source>formula too complex (more than {most} parts)</source>
        <translation>formula too complex (more than {most} parts)</translation>
    </message>
    <message>
        <source>the formula must use x (and optionally y)</source>
        <translation>the formula must use x (and optionally y)</translation>
    </message>
    <message>
        <source>unknown name '{name}': use x, y, pi, e or a function ({functions})</source>
        <translation>unknown name '{name}': use x, y, pi, e or a function ({functions})</translation>
    </message>
    <message>
        <source>not a valid formula: {reason}</source>
        <translation>not a valid formula: {reason}</translation>
    </message>
    <message>
        <source>not a valid formula: nested too deeply or contains invalid characters</source>
        <translation>not a valid formula: nested too deeply or contains invalid characters</translation>
    </message>
    <message>
        <source>only numbers are allowed here, not {value}</source>
        <translation>only numbers are allowed here, not {value}</translation>
    </message>
    <message>
        <source>number out of range (at most {most} in size)</source>
        <translation>number out of range (at most {most} in size)</translation>
    </message>
    <message>
        <source>exponent too large (at most 100)</source>
        <translation>exponent too large (at most 100)</translation>
    </message>
    <message>
        <source>unknown function: use one of {functions}</source>
        <translation>unknown function: use one of {functions}</translation>
    </message>
    <message>
        <source>{name}() takes exactly one argument</source>
        <translation>{name}() takes exactly one argument</translation>
    </message>
    <message>
        <source>it ends too soon</source>
        <translation>it ends too soon</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <source>{name}: torch rejected these values: {reason}</source>
        <translation>{name}: torch rejected these values: {reason}</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>scheduler</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>column {column}: {message}</translation>
    </message>
    <message>
        <source>unknown {kind} '{name}'; known: {known}</source>
        <translation>unknown {kind} '{name}'; known: {known}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>one of {choices}</translation>
    </message>
    <message>
        <source>unknown {kind} '{name}' (did you mean {close}?); known: {known}</source>
        <translation>unknown {kind} '{name}' (did you mean {close}?); known: {known}</translation>
    </message>
    <message>
        <source>a tuple of {count} numbers</source>
        <translation>a tuple of {count} numbers</translation>
    </message>
    <message>
        <source>a tuple of numbers</source>
        <translation>a tuple of numbers</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>True or False</source>
        <translation>True or False</translation>
    </message>
    <message>
        <source>a list of whole numbers, e.g. [50, 125]</source>
        <translation>a list of whole numbers, e.g. [50, 125]</translation>
    </message>
    <message>
        <source>{owner}: {param} {why}</source>
        <translation>{owner}: {param} {why}</translation>
    </message>
    <message>
        <source>must be {kind}, got {value}</source>
        <translation>must be {kind}, got {value}</translation>
    </message>
    <message>
        <source>must have {count} numbers, got {got}</source>
        <translation>must have {count} numbers, got {got}</translation>
    </message>
    <message>
        <source>empty {kind}: write e.g. {example}(...)</source>
        <translation>empty {kind}: write e.g. {example}(...)</translation>
    </message>
    <message>
        <source>too long ({length} characters, at most {most})</source>
        <translation>too long ({length} characters, at most {most})</translation>
    </message>
    <message>
        <source>expected the name of a {kind}, e.g. {example}</source>
        <translation>expected the name of a {kind}, e.g. {example}</translation>
    </message>
    <message>
        <source>'{dotted}' is not allowed: write the {kind} name alone</source>
        <translation>'{dotted}' is not allowed: write the {kind} name alone</translation>
    </message>
    <message>
        <source>{param} must be a literal ({kind}), not '{source}'</source>
        <translation>{param} must be a literal ({kind}), not '{source}'</translation>
    </message>
    <message>
        <source>is too large (at most {most} in size)</source>
        <translation>is too large (at most {most} in size)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be at least {bound}, got {value}</source>
        <translation>must be at least {bound}, got {value}</translation>
    </message>
    <message>
        <source>must be at most {bound}, got {value}</source>
        <translation>must be at most {bound}, got {value}</translation>
    </message>
    <message>
        <source>must be greater than {bound}, got {value}</source>
        <translation>must be greater than {bound}, got {value}</translation>
    </message>
    <message>
        <source>must be less than {bound}, got {value}</source>
        <translation>must be less than {bound}, got {value}</translation>
    </message>
    <message>
        <source>must be True or False, got {value}</source>
        <translation>must be True or False, got {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>must be one of {choices}, got {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>not a valid {kind}: {reason}</source>
        <translation>not a valid {kind}: {reason}</translation>
    </message>
    <message>
        <source>not a valid {kind}: nested too deeply or contains invalid characters</source>
        <translation>not a valid {kind}: nested too deeply or contains invalid characters</translation>
    </message>
    <message>
        <source>expected a {kind} call like {example}(...)</source>
        <translation>expected a {kind} call like {example}(...)</translation>
    </message>
    <message>
        <source>*arguments are not allowed</source>
        <translation>*arguments are not allowed</translation>
    </message>
    <message>
        <source>{name} takes at most {count} arguments</source>
        <translation>{name} takes at most {count} arguments</translation>
    </message>
    <message>
        <source>**arguments are not allowed</source>
        <translation>**arguments are not allowed</translation>
    </message>
    <message>
        <source>'{name}' is given twice</source>
        <translation>'{name}' is given twice</translation>
    </message>
    <message>
        <source>{name} needs {param} ({help}), e.g. {name}({param}=...)</source>
        <translation>{name} needs {param} ({help}), e.g. {name}({param}=...)</translation>
    </message>
    <message>
        <source>{name} needs {param}, e.g. {name}({param}=...)</source>
        <translation>{name} needs {param}, e.g. {name}({param}=...)</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>must be a whole number, got {value}</translation>
    </message>
    <message>
        <source>must be a number, got {value}</source>
        <translation>must be a number, got {value}</translation>
    </message>
    <message>
        <source>{name} has no argument '{arg}' (did you mean '{close}'?); valid: {valid}</source>
        <translation>{name} has no argument '{arg}' (did you mean '{close}'?); valid: {valid}</translation>
    </message>
    <message>
        <source>{name} has no argument '{arg}'; valid: {valid}</source>
        <translation>{name} has no argument '{arg}'; valid: {valid}</translation>
    </message>
</context>
</TS>
