<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>As on screen ({0}×{1})</source>
        <translation>与屏幕相同（{0}×{1}）</translation>
    </message>
    <message>
        <source>Other size…</source>
        <translation>其他尺寸…</translation>
    </message>
    <message>
        <source>e.g. 2560x1440</source>
        <translation>例如 2560x1440</translation>
    </message>
    <message>
        <source>Type the size as width x height, e.g. 2560x1440 ({0} to {1} pixels each).</source>
        <translation>请按“宽x高”输入尺寸，例如 2560x1440（每边 {0} 到 {1} 像素）。</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG vector drawing (sharp at any zoom)</source>
        <translation>SVG 矢量图（任意缩放都清晰）</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>尺寸(&amp;S)</translation>
    </message>
    <message>
        <source>output (logits)</source>
        <translation>输出层（logits）</translation>
    </message>
    <message>
        <source>layer {0} ({1})</source>
        <translation>第 {0} 层（{1}）</translation>
    </message>
    <message>
        <source>{0}, from its weights after {1} iterations (reset first to test the untrained network): {2} steps.</source>
        <translation>{0}，从它第 {1} 次迭代后的权重开始（先重置即可测试未训练的网络）：共 {2} 步。</translation>
    </message>
    <message>
        <source>Stopped at lr = {0:.2g}: the smoothed loss passed 4× its lowest.</source>
        <translation>在 lr = {0:.2g} 处停止：平滑后的损失超过了其最低值的 4 倍。</translation>
    </message>
    <message>
        <source>Reached lr = {0:.2g} without the loss blowing up: a larger end lr would show the cliff.</source>
        <translation>到达 lr = {0:.2g} 时损失仍未爆炸：更大的终点 lr 才能看到“悬崖”。</translation>
    </message>
    <message>
        <source>The training set ran out {0} times; each time its batches were drawn from a new permutation.</source>
        <translation>训练集用完了 {0} 次；每次都按新的随机排列重新划分批次。</translation>
    </message>
    <message>
        <source>a tenth of the lr where the smoothed loss is lowest: clear of the cliff that follows the minimum</source>
        <translation>平滑损失最低处的 lr 的十分之一：离最低点之后的“悬崖”足够远</translation>
    </message>
    <message>
        <source>where the loss falls fastest per decade of lr, on its way down to its lowest</source>
        <translation>损失在降到最低点的途中、每个 lr 数量级下降最快的地方</translation>
    </message>
    <message>
        <source>halfway along the longest stretch over which the loss keeps falling</source>
        <translation>损失持续下降的最长一段的中点</translation>
    </message>
    <message>
        <source>They span {0:.1f} decades of lr: each reads another feature of one noisy curve (its lowest point, its steepest slope, its longest fall); racing them shows which one trains best here.</source>
        <translation>它们相差 {0:.1f} 个数量级：各自读取同一条带噪声曲线的不同特征（最低点、最陡的斜率、最长的下降段）；让它们比赛，就能看出哪一个在这里训练得最好。</translation>
    </message>
    <message>
        <source>Too few steps for a suggestion.</source>
        <translation>步数太少，无法给出建议。</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>GIF (plays everywhere, slides and web pages)</source>
        <translation>GIF（幻灯片和网页里都能直接播放）</translation>
    </message>
    <message>
        <source>MP4 video (smaller, smoother colours)</source>
        <translation>MP4 视频（文件更小，颜色更平滑）</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>最多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>尺寸(&amp;S)</translation>
    </message>
    <message>
        <source>{0} frames of {1} steps, {2:.1f} s long.</source>
        <translation>从 {1} 步中取 {0} 帧，时长 {2:.1f} 秒。</translation>
    </message>
    <message>
        <source>A GIF keeps every frame in memory until it is written: about {0} MB here.</source>
        <translation>GIF 在写入前要把所有帧保存在内存中：这里大约需要 {0} MB。</translation>
    </message>
    <message>
        <source>{0} needs {1}, which is not installed. Install it with:
{2}</source>
        <translation>{0} 需要 {1}，但它尚未安装。请用下面的命令安装：
{2}</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Significant digits of the numbers shown</source>
        <translation>显示数值的有效数字位数</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>value (edit)</source>
        <translation>值（可编辑）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>◀ phase</source>
        <translation>◀ 上一阶段</translation>
    </message>
    <message>
        <source>phase ▶</source>
        <translation>下一阶段 ▶</translation>
    </message>
    <message>
        <source>run to update of</source>
        <translation>运行到更新</translation>
    </message>
    <message>
        <source>next iteration</source>
        <translation>下一次迭代</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
    <message>
        <source>iteration {0} · E_total = {1:.9g}</source>
        <translation>第 {0} 次迭代 · E_total = {1:.9g}</translation>
    </message>
</context>
<context>
    <name>BatchNormPanel</name>
    <message>
        <source>tutorial BatchNorm2d (1, 2, 3, 4)</source>
        <translation>教程示例 BatchNorm2d (1, 2, 3, 4)</translation>
    </message>
    <message>
        <source>tutorial BatchNorm1d (2, 3)</source>
        <translation>教程示例 BatchNorm1d (2, 3)</translation>
    </message>
    <message>
        <source>random batch (16, 3)</source>
        <translation>随机批 (16, 3)</translation>
    </message>
    <message>
        <source>typed (N, C) or a pasted tensor</source>
        <translation>手动输入 (N, C)，或粘贴张量</translation>
    </message>
    <message>
        <source>Rows are samples (;), columns are channels (,)</source>
        <translation>每行一个样本（用 ; 分隔），每列一个通道（用 , 分隔）</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>评估模式</translation>
    </message>
    <message>
        <source>Feed the next batch</source>
        <translation>送入下一批</translation>
    </message>
    <message>
        <source>Reset running statistics</source>
        <translation>重置运行统计量</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>batch mean</source>
        <translation>批均值</translation>
    </message>
    <message>
        <source>var (biased)</source>
        <translation>方差（有偏）</translation>
    </message>
    <message>
        <source>var (unbiased)</source>
        <translation>方差（无偏）</translation>
    </message>
    <message>
        <source>output mean / std</source>
        <translation>输出均值 / 标准差</translation>
    </message>
    <message>
        <source>the batch&apos;s variance, divided by n</source>
        <translation>这一批的方差，除以 n</translation>
    </message>
    <message>
        <source>the batch&apos;s variance, divided by n − 1</source>
        <translation>这一批的方差，除以 n − 1</translation>
    </message>
    <message>
        <source>mean / standard deviation of the output</source>
        <translation>输出的均值 / 标准差</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>batches fed</source>
        <translation>已送入的批数</translation>
    </message>
    <message>
        <source>running statistic</source>
        <translation>运行统计量</translation>
    </message>
    <message>
        <source>running_mean (solid) / running_var (dashed)</source>
        <translation>running_mean（实线）/ running_var（虚线）</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>typed input: numbers, columns separated by &apos;,&apos; and rows by &apos;;&apos; — or paste a tensor as torch prints it</source>
        <translation>手动输入：数字，列之间用“,”分隔，行之间用“;”分隔——或粘贴 torch 打印出的张量</translation>
    </message>
    <message>
        <source>(in training mode)</source>
        <translation>（需要训练模式）</translation>
    </message>
    <message>
        <source>typed input: every row needs the same number of values</source>
        <translation>手动输入：每一行的数值个数必须相同</translation>
    </message>
    <message>
        <source>{0}: numbers separated by commas</source>
        <translation>{0}：用逗号分隔的数字</translation>
    </message>
    <message>
        <source>{0}: one value per channel ({1})</source>
        <translation>{0}：每个通道一个值（共 {1} 个）</translation>
    </message>
    <message>
        <source>momentum: a number from 0 to 1</source>
        <translation>动量：0 到 1 之间的数</translation>
    </message>
    <message>
        <source>training: normalised with this batch&apos;s mean and biased variance; running statistics move by momentum (running = (1 − m)·running + m·batch, with the unbiased variance)</source>
        <translation>训练模式：用本批的均值和有偏方差做归一化；运行统计量按动量更新（running = (1 − m)·running + m·batch，方差取无偏估计）</translation>
    </message>
    <message>
        <source>eval: normalised with the running statistics, not the batch&apos;s</source>
        <translation>评估模式：用运行统计量做归一化，而不是本批的统计量</translation>
    </message>
</context>
<context>
    <name>BatchStrip</name>
    <message>
        <source>one epoch = {0} batches</source>
        <translation>一轮 = {0} 批</translation>
    </message>
    <message>
        <source> (drawn: the first {0} and the last)</source>
        <translation>（图中只画出前 {0} 批和最后一批）</translation>
    </message>
    <message>
        <source>; grey: {0} samples dropped (drop_last)</source>
        <translation>；灰色：丢弃的 {0} 个样本（drop_last）</translation>
    </message>
</context>
<context>
    <name>CheckBar</name>
    <message>
        <source>check my work</source>
        <translation>检查我的计算</translation>
    </message>
    <message>
        <source>Hide the values; type yours in the table and see the first mistake</source>
        <translation>隐藏数值；在表格中填入你自己的结果，找出第一个错误</translation>
    </message>
    <message>
        <source>load answers…</source>
        <translation>载入答案…</translation>
    </message>
    <message>
        <source>A CSV file of quantity,value rows (net_h1, E_total, dE/dw5, w5_new …)</source>
        <translation>每行为 quantity,value 的 CSV 文件（net_h1、E_total、dE/dw5、w5_new …）</translation>
    </message>
    <message>
        <source>paste a column</source>
        <translation>粘贴一列</translation>
    </message>
    <message>
        <source>Values from the clipboard, one per line, from the selected row down</source>
        <translation>剪贴板中的数值，每行一个，从选中的行往下填</translation>
    </message>
    <message>
        <source>Type your value for each step in the table (column “your value”).</source>
        <translation>在表格中为每一步填入你的结果（“你的结果”一列）。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>No mistake in your {0} values ({1} right, {2} right from your own numbers).</source>
        <translation>你的 {0} 个结果中没有错误（{1} 个正确，{2} 个按你自己前面的数算是正确的）。</translation>
    </message>
    <message>
        <source>First mistake: {0} = {1}. {2}{3}.
The right step: {4}</source>
        <translation>第一个错误：{0} = {1}。{2}{3}。
正确的这一步：{4}</translation>
    </message>
</context>
<context>
    <name>CheckField</name>
    <message>
        <source>your value</source>
        <translation>你的结果</translation>
    </message>
    <message>
        <source>Type your own value and press Enter</source>
        <translation>填入你自己的结果并按回车</translation>
    </message>
    <message>
        <source>check your number:</source>
        <translation>核对你的数：</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>✓ right ({0:.9g})</source>
        <translation>✓ 正确（{0:.9g}）</translation>
    </message>
    <message>
        <source>✗ {0}; the right value is {1:.9g}</source>
        <translation>✗ {0}；正确的值是 {1:.9g}</translation>
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
        <translation>每一步都舍入到 {0} 位小数，得到 {1:.9g}</translation>
    </message>
    <message>
        <source>this gives {0:.9g}</source>
        <translation>这样得到 {0:.9g}</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <source>✓ right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✓ right from your numbers</source>
        <translation>✓ 按你前面的数是正确的</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ 错误</translation>
    </message>
    <message>
        <source>none of the usual mistakes gives this number</source>
        <translation>常见的错误都得不到这个数</translation>
    </message>
    <message>
        <source>you used the updated weights of the layer above on the way back; the example uses the old ones (all gradients come from the same forward pass)</source>
        <translation>你在反向传播时用了上一层更新后的权重；例题用的是旧权重（所有梯度都来自同一次前向传播）</translation>
    </message>
    <message>
        <source>you left out ∂out/∂net, the activation&apos;s derivative</source>
        <translation>你漏掉了激活函数的导数 ∂out/∂net</translation>
    </message>
    <message>
        <source>you took the activation&apos;s derivative at out instead of at net</source>
        <translation>你在 out 处而不是在 net 处求了激活函数的导数</translation>
    </message>
    <message>
        <source>the sign of ∂E/∂out is flipped</source>
        <translation>∂E/∂out 的符号反了</translation>
    </message>
    <message>
        <source>you left out the ½ of E = ½·(target − out)²</source>
        <translation>你漏掉了 E = ½·(target − out)² 中的 ½</translation>
    </message>
    <message>
        <source>you left out one of the paths from this neuron to the loss</source>
        <translation>你漏掉了从这个神经元到损失的其中一条路径</translation>
    </message>
    <message>
        <source>you passed net on to the next layer instead of out</source>
        <translation>你把 net 而不是 out 传给了下一层</translation>
    </message>
    <message>
        <source>you added η·∂E/∂w instead of subtracting it</source>
        <translation>你把 η·∂E/∂w 加上了，而应该减去</translation>
    </message>
    <message>
        <source>you used another learning rate</source>
        <translation>你用了另一个学习率</translation>
    </message>
    <message>
        <source>you rounded the steps before, and the rounding grew</source>
        <translation>你对前面的步骤做了舍入，误差被放大了</translation>
    </message>
    <message>
        <source>you forgot the bias correction (m̂ = m, ŝ = s)</source>
        <translation>你忘了偏差修正（m̂ = m，ŝ = s）</translation>
    </message>
    <message>
        <source>you swapped β and 1 − β in an average</source>
        <translation>你在一个平均里把 β 和 1 − β 弄反了</translation>
    </message>
    <message>
        <source>you left ε out of the denominator</source>
        <translation>你在分母中漏掉了 ε</translation>
    </message>
    <message>
        <source>you put ε inside the square root</source>
        <translation>你把 ε 放进了平方根里</translation>
    </message>
    <message>
        <source>you forgot the square root of ŝ</source>
        <translation>你忘了对 ŝ 开平方根</translation>
    </message>
    <message>
        <source>you used the other form of momentum</source>
        <translation>你用了动量的另一种写法</translation>
    </message>
    <message>
        <source>you added the step instead of subtracting it</source>
        <translation>你把这一步加上了，而应该减去</translation>
    </message>
    <message>
        <source>you swapped β and 1 − β</source>
        <translation>你把 β 和 1 − β 弄反了</translation>
    </message>
    <message>
        <source>you mixed up the average with its bias-corrected value</source>
        <translation>你把平均值和它的偏差修正值弄混了</translation>
    </message>
    <message>
        <source>that is the learning rate of the epoch before or after</source>
        <translation>这是前一轮或后一轮的学习率</translation>
    </message>
    <message>
        <source>you normalised with the unbiased variance (÷ (N − 1)); training mode uses ÷ N</source>
        <translation>你用无偏方差（÷ (N − 1)）做了归一化；训练模式用的是 ÷ N</translation>
    </message>
    <message>
        <source>you left out ε under the square root</source>
        <translation>你漏掉了平方根下的 ε</translation>
    </message>
    <message>
        <source>you left out γ and β (y = γ·x̂ + β)</source>
        <translation>你漏掉了 γ 和 β（y = γ·x̂ + β）</translation>
    </message>
    <message>
        <source>you multiplied by (1 − p) instead of dividing</source>
        <translation>你乘了 (1 − p)，而应该除以它</translation>
    </message>
    <message>
        <source>you forgot to scale the survivors by 1 / (1 − p)</source>
        <translation>你忘了把保留下来的输出乘以 1 / (1 − p)</translation>
    </message>
</context>
<context>
    <name>CheckWork</name>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>torch could not be loaded: {0}</source>
        <translation>无法加载 torch：{0}</translation>
    </message>
</context>
<context>
    <name>DescentTable</name>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>loss y</source>
        <translation>损失 y</translation>
    </message>
    <message>
        <source>next x</source>
        <translation>下一个 x</translation>
    </message>
</context>
<context>
    <name>DropoutPanel</name>
    <message>
        <source>training (model.train())</source>
        <translation>训练模式（model.train()）</translation>
    </message>
    <message>
        <source>evaluation (model.eval())</source>
        <translation>评估模式（model.eval()）</translation>
    </message>
    <message>
        <source>the tutorial&apos;s printed ReLU output</source>
        <translation>使用教程中打印的 ReLU 输出</translation>
    </message>
    <message>
        <source>New mask (Space)</source>
        <translation>换一组掩码（空格）</translation>
    </message>
    <message>
        <source>samples averaged</source>
        <translation>平均的采样次数</translation>
    </message>
    <message>
        <source>largest difference</source>
        <translation>最大差值</translation>
    </message>
    <message>
        <source>max |mean of dropped outputs − eval output|</source>
        <translation>max |随机失活输出的均值 − 评估模式输出|</translation>
    </message>
    <message>
        <source>torch.nn.Dropout(p={0:g}) in training mode: each output is zeroed with probability p ({1} of {2} kept this time), survivors are multiplied by 1/(1 − p) so the expected output stays the same as without Dropout.</source>
        <translation>训练模式下的 torch.nn.Dropout(p={0:g})：每个输出以概率 p 被置零（这次保留了 {1} 个，共 {2} 个），保留下来的输出乘以 1/(1 − p)，使输出的期望与不用 Dropout 时相同。</translation>
    </message>
    <message>
        <source>Evaluation mode: Dropout is the identity; every neuron takes part, no scaling.</source>
        <translation>评估模式：Dropout 不起作用，所有神经元都参与，也不做缩放。</translation>
    </message>
</context>
<context>
    <name>DropoutPicture</name>
    <message>
        <source>dropped → 0</source>
        <translation>失活 → 0</translation>
    </message>
    <message>
        <source>0 stays 0</source>
        <translation>0 仍为 0</translation>
    </message>
</context>
<context>
    <name>EffectView</name>
    <message>
        <source>too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <source>creeps towards the minimum</source>
        <translation>缓慢地挪向最小值</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>合适</translation>
    </message>
    <message>
        <source>converges in a few steps</source>
        <translation>几步之内收敛</translation>
    </message>
    <message>
        <source>one step</source>
        <translation>一步到位</translation>
    </message>
    <message>
        <source>lands exactly on the minimum in one step</source>
        <translation>一步就正好落在最小值上</translation>
    </message>
    <message>
        <source>overshoots</source>
        <translation>越过最小值</translation>
    </message>
    <message>
        <source>jumps across 0 and oscillates while shrinking</source>
        <translation>在 0 两侧来回跳，振幅逐渐变小</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>oscillates ever wider and diverges</source>
        <translation>振幅越来越大，最终发散</translation>
    </message>
    <message>
        <source>Learning rate (Enter to apply)</source>
        <translation>学习率（按 Enter 生效）</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>start x</source>
        <translation>起点 x</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>{0} — the tutorial&apos;s case: from x = {1:g}, {2} iterations</source>
        <translation>{0} —— 教程中的情形：从 x = {1:g} 开始，{2} 次迭代</translation>
    </message>
    <message>
        <source>y = 4x² and the path of x</source>
        <translation>y = 4x² 与 x 的移动路径</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss per iteration</source>
        <translation>每次迭代的损失</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>正在等待计算引擎…</translation>
    </message>
    <message>
        <source>Converged: x reached the minimum at iteration {0}.</source>
        <translation>已收敛：x 在第 {0} 次迭代到达最小值。</translation>
    </message>
    <message>
        <source>Converging: x = {0} after {1} iterations.</source>
        <translation>正在收敛：{1} 次迭代后 x = {0}。</translation>
    </message>
    <message>
        <source>Oscillating: each step jumps across the minimum at x = 0, closing in on it.</source>
        <translation>震荡：每一步都跳过 x = 0 处的最小值，但离它越来越近。</translation>
    </message>
    <message>
        <source>Oscillating: each step jumps across the minimum at x = 0, never closer.</source>
        <translation>震荡：每一步都跳过 x = 0 处的最小值，始终没有靠近。</translation>
    </message>
    <message>
        <source>Diverging: x moves away from the minimum.</source>
        <translation>正在发散：x 离最小值越来越远。</translation>
    </message>
    <message>
        <source>Diverged at iteration {0}: the values overflowed float32.</source>
        <translation>在第 {0} 次迭代发散：数值超出了 float32 的范围。</translation>
    </message>
    <message>
        <source>Stalled: with lr = 0 nothing moves.</source>
        <translation>停滞：lr = 0 时参数不会移动。</translation>
    </message>
    <message>
        <source>The gradient of y = 4x² is 8x, so each update x ← x − lr·8x multiplies x by (1 − 8·lr) = {0}. |1 − 8·lr| &lt; 1 converges, 0 hits the minimum at once, a negative factor overshoots, |1 − 8·lr| &gt; 1 diverges.</source>
        <translation>y = 4x² 的梯度是 8x，所以每次更新 x ← x − lr·8x 相当于把 x 乘以 (1 − 8·lr) = {0}。|1 − 8·lr| &lt; 1 时收敛，等于 0 时一步到达最小值，为负时会越过最小值，|1 − 8·lr| &gt; 1 时发散。</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number</source>
        <translation>{0}：“{1}”不是数字</translation>
    </message>
</context>
<context>
    <name>EpochsPanel</name>
    <message>
        <source>batch gradient descent</source>
        <translation>批量梯度下降</translation>
    </message>
    <message>
        <source>mini-batch gradient descent</source>
        <translation>小批量梯度下降</translation>
    </message>
    <message>
        <source>stochastic gradient descent</source>
        <translation>随机梯度下降</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>samples per iteration</source>
        <translation>每次迭代的样本数</translation>
    </message>
    <message>
        <source>iterations per epoch</source>
        <translation>每轮迭代次数</translation>
    </message>
    <message>
        <source>iterations in all</source>
        <translation>总迭代次数</translation>
    </message>
    <message>
        <source>dataset size N</source>
        <translation>数据集大小 N</translation>
    </message>
    <message>
        <source>batch size B</source>
        <translation>批大小 B</translation>
    </message>
    <message>
        <source>epochs E</source>
        <translation>轮数 E</translation>
    </message>
    <message>
        <source>The same data, three ways to cut it:</source>
        <translation>同一份数据，三种切分方式：</translation>
    </message>
    <message>
        <source>Live: one tiny model (w·x + b on 64 noisy points) trained for</source>
        <translation>实时演示：一个小模型（在 64 个带噪声的点上拟合 w·x + b），训练</translation>
    </message>
    <message>
        <source>epochs with mini-batches of</source>
        <translation>轮，小批量大小为</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>loss on all 64 points</source>
        <translation>全部 64 个点上的损失</translation>
    </message>
    <message>
        <source>1 update per epoch</source>
        <translation>每轮更新 1 次</translation>
    </message>
    <message>
        <source>{0} updates per epoch</source>
        <translation>每轮更新 {0} 次</translation>
    </message>
    <message>
        <source>; the last batch has {0} samples</source>
        <translation>；最后一批只有 {0} 个样本</translation>
    </message>
    <message>
        <source>{0:,} samples in batches of {1:,}: {2:,} batches per epoch = {2:,} iterations per epoch{3}; {4:,} epochs = {5:,} iterations (optimizer steps). This is {6}.</source>
        <translation>{0:,} 个样本，每批 {1:,} 个：每轮 {2:,} 批 = 每轮 {2:,} 次迭代{3}；{4:,} 轮 = {5:,} 次迭代（优化器更新次数）。这就是{6}。</translation>
    </message>
</context>
<context>
    <name>EwaPanel</name>
    <message>
        <source>the tutorial&apos;s 30 temperatures (or type numbers: 3, 5.5, 4, …)</source>
        <translation>教程中的 30 天温度（也可以输入数字：3, 5.5, 4, …）</translation>
    </message>
    <message>
        <source>bias-corrected (S₀ = 0, ÷ (1 − βᵗ), as Adam)</source>
        <translation>偏差修正（S₀ = 0，再除以 (1 − βᵗ)，与 Adam 相同）</translation>
    </message>
    <message>
        <source>The same average on gradients: Momentum ▶</source>
        <translation>对梯度做同样的平均：动量 ▶</translation>
    </message>
    <message>
        <source>Momentum is written two ways: this average of the gradients, s ← β·s + (1 − β)·g (the tutorial&apos;s formula), and torch&apos;s b ← μ·b + g, which the tutorial&apos;s printed results follow. The race shows both side by side.</source>
        <translation>动量有两种写法：对梯度做这种平均，s ← β·s + (1 − β)·g（教程的公式）；以及 torch 的 b ← μ·b + g，教程打印的结果按的是后者。竞赛面板会把两者并排显示。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>daily value Yₜ</source>
        <translation>每天的值 Yₜ</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>weight in the average at the cursor</source>
        <translation>光标处平均值中各天的权重</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>data: numbers separated by commas</source>
        <translation>数据：用逗号分隔的数字</translation>
    </message>
    <message>
        <source>EWA β = {0:g}</source>
        <translation>指数加权平均 β = {0:g}</translation>
    </message>
    <message>
        <source>corrected β = {0:g}</source>
        <translation>偏差修正 β = {0:g}</translation>
    </message>
    <message>
        <source>S{0} (β = {1:g}{2})</source>
        <translation>S{0}（β = {1:g}{2}）</translation>
    </message>
    <message>
        <source>, bias-corrected</source>
        <translation>，偏差修正后</translation>
    </message>
    <message>
        <source>Day {0}, β = {1:g}: the value k days back weighs (1 − β)·β^k; the weights sum to 1 and about 1 / (1 − β) = {2:.3g} recent days carry most of them. Larger β: smoother and later. Day 1 keeps β^{3} = {4:.3g}, all that older days would have had: the average starts from its value (S₁ = Y₁).</source>
        <translation>第 {0} 天，β = {1:g}：k 天前的值权重为 (1 − β)·β^k；所有权重之和为 1，其中大部分落在最近约 1 / (1 − β) = {2:.3g} 天上。β 越大，曲线越平滑，但也越滞后。第 1 天的权重是 β^{3} = {4:.3g}，即更早的日子本应分到的全部权重：因为平均值从第 1 天的值开始（S₁ = Y₁）。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>This panel has no PyTorch script (yet)</source>
        <translation>这个面板（暂时）没有对应的 PyTorch 脚本</translation>
    </message>
    <message>
        <source>PyTorch code copied: run it with python to get the same numbers</source>
        <translation>PyTorch 代码已复制：用 python 运行即可得到相同的数值</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>导出为笔记本</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter 笔记本 (*.ipynb)</translation>
    </message>
    <message>
        <source>Saved {0}: open it in Jupyter and run all cells</source>
        <translation>已保存 {0}：在 Jupyter 中打开并运行全部单元格</translation>
    </message>
    <message>
        <source>Saved {0} ({1}×{2})</source>
        <translation>已保存 {0}（{1}×{2}）</translation>
    </message>
    <message>
        <source>This panel has nothing to animate (the race and backprop panels do)</source>
        <translation>这个面板没有可导出的动画（优化器竞赛和反向传播面板有）</translation>
    </message>
    <message>
        <source>Animations need an optional package</source>
        <translation>导出动画需要一个可选的软件包</translation>
    </message>
    <message>
        <source>Exporting animations needs imageio, imageio-ffmpeg and Pillow, which are not installed. Install them with:

{0}</source>
        <translation>导出动画需要 imageio、imageio-ffmpeg 和 Pillow，它们尚未安装。请用下面的命令安装：

{0}</translation>
    </message>
    <message>
        <source>Nothing to animate yet: wait until the computation is done</source>
        <translation>还没有可导出的动画：请等计算完成</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Writing {0} frames to {1}…</source>
        <translation>正在把 {0} 帧写入 {1}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved {0} ({1} frames)</source>
        <translation>已保存 {0}（{1} 帧）</translation>
    </message>
    <message>
        <source>Animation export cancelled; nothing was written</source>
        <translation>已取消导出动画；没有写入任何文件</translation>
    </message>
</context>
<context>
    <name>ForkBar</name>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>optimizer (fresh state)</source>
        <translation>优化器（状态重新开始）</translation>
    </message>
    <message>
        <source>Dropout p</source>
        <translation>Dropout 概率 p</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>train both futures</source>
        <translation>训练两种未来</translation>
    </message>
    <message>
        <source>fork {0} at iteration {1}, changing</source>
        <translation>在第 {1} 次迭代处分叉 {0}，改变</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>例如 {0}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <source> at step {0}</source>
        <translation>（第 {0} 步）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diverged at step {0}: w or the loss overflowed float32, so there is no update to explain from step {1} on. A smaller learning rate keeps it finite.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在第 {0} 步发散：w 或损失超出了 float32 的范围，所以从第 {1} 步起没有可以解释的更新。更小的学习率能让它保持有限。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Step {0}: w = {1}, loss = {2}. No update after the last step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 {0} 步：w = {1}，损失 = {2}。最后一步之后不再更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>torch&apos;s update: Δw = {0} (equations differ by {1:.1e})</source>
        <translation>torch 的更新：Δw = {0}（与公式计算相差 {1:.1e}）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Update from step {0} to {1}, lr = {2:g}&lt;/p&gt;</source>
        <translation>&lt;p&gt;从第 {0} 步到第 {1} 步的更新，lr = {2:g}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}；{1}</translation>
    </message>
    <message>
        <source>torch: b ← μ·b + g, w ← w − lr·b (the tutorial&apos;s printed results, 0.9711 after two steps on w²/2, follow this form)</source>
        <translation>torch 的写法：b ← μ·b + g，w ← w − lr·b（教程打印的结果——在 w²/2 上两步后为 0.9711——按这种写法算出）</translation>
    </message>
    <message>
        <source>the tutorial&apos;s formula: s ← β·s + (1 − β)·g, w ← w − lr·s, starting from s₁ = g₁ (by hand 0.98001 after two steps): torch&apos;s dampening = β gives it</source>
        <translation>教程的公式：s ← β·s + (1 − β)·g，w ← w − lr·s，从 s₁ = g₁ 开始（手算两步后为 0.98001）：torch 中取 dampening = β 即得到它</translation>
    </message>
    <message>
        <source>this racer follows torch&apos;s form</source>
        <translation>这个参赛者按 torch 的写法</translation>
    </message>
    <message>
        <source>this racer follows the tutorial&apos;s formula (β = {0:g})</source>
        <translation>这个参赛者按教程的公式（β = {0:g}）</translation>
    </message>
    <message>
        <source>this racer: b ← μ·b + (1 − dampening)·g</source>
        <translation>这个参赛者：b ← μ·b + (1 − dampening)·g</translation>
    </message>
    <message>
        <source>Two ways to write momentum:</source>
        <translation>动量的两种写法：</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Swarm&lt;/b&gt;: each dot is a start point of &lt;b&gt;{0}&lt;/b&gt;, coloured by where it is at step {1}. Grey: no known minimum reached (or diverged).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;多起点&lt;/b&gt;：每个点是 &lt;b&gt;{0}&lt;/b&gt; 的一个起点，颜色表示它在第 {1} 步时到达的位置。灰色：没有到达已知的最小值（或已发散）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LRPanel</name>
    <message>
        <source>Effect of the learning rate (4.1)</source>
        <translation>学习率的影响（4.1）</translation>
    </message>
    <message>
        <source>Decay schedules (4.2–4.5)</source>
        <translation>学习率衰减策略（4.2–4.5）</translation>
    </message>
    <message>
        <source>Range test on y = 4x²</source>
        <translation>y = 4x² 上的范围测试</translation>
    </message>
</context>
<context>
    <name>LandscapeFigure</name>
    <message>
        <source>two random filter-normalised directions</source>
        <translation>两个经过滤波器归一化的随机方向</translation>
    </message>
    <message>
        <source>the paths&apos; first two principal components</source>
        <translation>路径的前两个主成分</translation>
    </message>
    <message>
        <source>start → now, and a random direction</source>
        <translation>起点 → 当前，加一个随机方向</translation>
    </message>
    <message>
        <source>t (0: initial weights, 1: now)</source>
        <translation>t（0：初始权重，1：当前）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>along the straight line from the start</source>
        <translation>沿着从起点出发的直线</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>how far each path point lies off the plane</source>
        <translation>路径上每个点离平面有多远</translation>
    </message>
    <message>
        <source>loss on the plane (log colours), {0}{1}</source>
        <translation>平面上的损失（对数配色），{0}{1}</translation>
    </message>
    <message>
        <source> · test set</source>
        <translation> · 测试集</translation>
    </message>
    <message>
        <source>Centre (the star): {0} after {1} iterations, loss {2:.4g}.</source>
        <translation>中心（星号）：{0} 在第 {1} 次迭代后，损失 {2:.4g}。</translation>
    </message>
    <message>
        <source>The two components explain {0:.1%} and {1:.1%} of the paths&apos; variance.</source>
        <translation>这两个主成分分别解释了路径方差的 {0:.1%} 和 {1:.1%}。</translation>
    </message>
    <message>
        <source>The paths lie up to {0:.3g} off the plane (right, below): where that is large, the picture shows their shadow, not where they went.</source>
        <translation>路径离平面最远达 {0:.3g}（见右下图）：这个距离大的地方，图上画的只是路径的投影，而不是它真正走过的地方。</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>主成分</translation>
    </message>
    <message>
        <source>start → now</source>
        <translation>起点 → 当前</translation>
    </message>
    <message>
        <source>The grid reaches from −span to span along each direction (for the principal components and start → now: in units of how far the paths reach)</source>
        <translation>网格沿每个方向从 −span 延伸到 span（对主成分和“起点 → 当前”而言，单位是路径所到达的范围）</translation>
    </message>
    <message>
        <source>test set too</source>
        <translation>也算测试集</translation>
    </message>
    <message>
        <source>show the test set</source>
        <translation>显示测试集</translation>
    </message>
    <message>
        <source>Compute the landscape</source>
        <translation>计算损失地形</translation>
    </message>
    <message>
        <source>Pauses training; around the shown run&apos;s weights now</source>
        <translation>会暂停训练；围绕所显示训练当前的权重计算</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>span</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Train a while, then compute the landscape around where the network is now.</source>
        <translation>先训练一会儿，再围绕网络当前所在的位置计算损失地形。</translation>
    </message>
</context>
<context>
    <name>LayerStatsView</name>
    <message>
        <source>activation mean ± std (hidden layers)</source>
        <translation>激活值的均值 ± 标准差（隐藏层）</translation>
    </message>
    <message>
        <source>histogram of the activations (log counts)</source>
        <translation>激活值的直方图（个数取对数）</translation>
    </message>
    <message>
        <source>dead ReLU units (0 for the whole batch)</source>
        <translation>死亡的 ReLU 单元（整批输出都为 0）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>gradient norm per layer</source>
        <translation>每层的梯度范数</translation>
    </message>
    <message>
        <source>histogram of</source>
        <translation>直方图：</translation>
    </message>
    <message>
        <source>inside {0}</source>
        <translation>{0} 的内部</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>Previous slide (Page Up)</source>
        <translation>上一张幻灯片（Page Up）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>Next slide (Page Down)</source>
        <translation>下一张幻灯片（Page Down）</translation>
    </message>
    <message>
        <source>+ Slide</source>
        <translation>+ 幻灯片</translation>
    </message>
    <message>
        <source>Add what the window shows now as a slide after this one</source>
        <translation>把窗口当前显示的内容作为一张幻灯片，插在这一张之后</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>保存课程…</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>请选择一项</translation>
    </message>
    <message>
        <source>type a number with at least {0} significant digits</source>
        <translation>请输入至少 {0} 位有效数字的数</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✗ not quite</source>
        <translation>✗ 还不对</translation>
    </message>
    <message>
        <source>{0} of {1} questions right</source>
        <translation>{1} 道题中答对 {0} 道</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>课程文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot show this slide</source>
        <translation>无法显示这张幻灯片</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>新幻灯片</translation>
    </message>
    <message>
        <source>Caption for this slide:</source>
        <translation>这张幻灯片的说明：</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>switch panel</source>
        <translation>切换面板</translation>
    </message>
    <message>
        <source>copy a PyTorch script that reproduces the numbers (race, lr, backprop)</source>
        <translation>复制能复现这些数值的 PyTorch 脚本（优化器竞赛、学习率、反向传播）</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>step back / forward (backprop, race, lr effect); move the epoch cursor (schedules); move the time cursor one iteration (training lab)</source>
        <translation>后退 / 前进一步（反向传播、优化器竞赛、学习率的影响）；移动轮数游标（衰减策略）；时间游标移动一次迭代（训练实验室）</translation>
    </message>
    <message>
        <source>previous / next phase (backprop); move the time cursor one epoch (training lab)</source>
        <translation>上一 / 下一阶段（反向传播）；时间游标移动一轮（训练实验室）</translation>
    </message>
    <message>
        <source>first / last step; End: the training lab&apos;s time cursor back to the newest iteration</source>
        <translation>第一步 / 最后一步；End：训练实验室的时间游标回到最新的迭代</translation>
    </message>
    <message>
        <source>next iteration (backprop)</source>
        <translation>下一次迭代（反向传播）</translation>
    </message>
    <message>
        <source>Space (Dropout)</source>
        <translation>空格（随机失活）</translation>
    </message>
    <message>
        <source>a new mask</source>
        <translation>换一个新的掩码</translation>
    </message>
    <message>
        <source>reset: back to the start (race, training lab), to iteration 0 (backprop)</source>
        <translation>重置：回到起点（优化器竞赛、训练实验室），回到第 0 次迭代（反向传播）</translation>
    </message>
    <message>
        <source>next / previous lesson slide (what presentation clickers send)</source>
        <translation>课程的下一张 / 上一张幻灯片（翻页笔发送的就是这两个键）</translation>
    </message>
    <message>
        <source>open / save / save as a session (every panel&apos;s settings and step)</source>
        <translation>打开 / 保存 / 另存会话（每个面板的设置和当前步）</translation>
    </message>
    <message>
        <source>export the current view&apos;s data as CSV / as a picture (PNG at a chosen size, or SVG)</source>
        <translation>把当前视图的数据导出为 CSV / 导出为图片（指定尺寸的 PNG，或 SVG）</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 或 ?</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>显示本列表</translation>
    </message>
    <message>
        <source>presentation mode (everything larger; sizes in View → Presentation size)</source>
        <translation>演示模式（全部放大；倍数在 视图 → 演示尺寸 中选择）</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>apply a typed value now</source>
        <translation>立即应用输入的值</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>正在加载{0}…</translation>
    </message>
    <message>
        <source>⏳ engine loading…</source>
        <translation>⏳ 计算引擎加载中…</translation>
    </message>
    <message>
        <source>torch loads in the compute process; the window stays usable</source>
        <translation>torch 在计算进程中加载；窗口可以照常使用</translation>
    </message>
    <message>
        <source>engine ready · torch {0}</source>
        <translation>计算引擎就绪 · torch {0}</translation>
    </message>
    <message>
        <source>The compute process stopped ({0}); a new one has started and the panels are computing again. Nothing you typed was lost.</source>
        <translation>计算进程已停止（{0}）；新的计算进程已启动，各面板正在重新计算。您输入的内容都还在。</translation>
    </message>
    <message>
        <source>The compute process stopped again ({0}); a new one has started. Change a setting or press reset to compute again.</source>
        <translation>计算进程再次停止（{0}）；新的计算进程已启动。请修改一项设置或按“重置”来重新计算。</translation>
    </message>
    <message>
        <source>⚠ engine failed</source>
        <translation>⚠ 计算引擎加载失败</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
    <message>
        <source>Copy as PyTorch code</source>
        <translation>复制为 PyTorch 代码</translation>
    </message>
    <message>
        <source>Export as notebook…</source>
        <translation>导出为笔记本…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>下一张幻灯片</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>上一张幻灯片</translation>
    </message>
    <message>
        <source>Add the current view as a slide…</source>
        <translation>把当前视图添加为幻灯片…</translation>
    </message>
    <message>
        <source>Save lesson as…</source>
        <translation>课程另存为…</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>Back to this panel&apos;s starting settings</source>
        <translation>让这个面板回到初始设置</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Presentation size</source>
        <translation>演示尺寸</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Full screen on</source>
        <translation>全屏显示于</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言 (Language)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About DescentLab</source>
        <translation>关于 DescentLab(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Python {0} on {1}</source>
        <translation>Python {0}，运行于 {1}</translation>
    </message>
    <message>
        <source>About DescentLab</source>
        <translation>关于 DescentLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DescentLab&lt;/h3&gt;&lt;p&gt;See how a neural network learns: gradient descent, learning rates and their schedules, computed with PyTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DescentLab&lt;/h3&gt;&lt;p&gt;看神经网络如何学习：梯度下降、学习率及其衰减策略，全部由 PyTorch 计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>优化器竞赛</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Training lab</source>
        <translation>训练实验室</translation>
    </message>
    <message>
        <source>Epochs and batches</source>
        <translation>轮与批</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>指数加权平均</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>随机失活（Dropout）</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>批量归一化（BatchNorm）</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>classic 2-2-2 (tutorial 3.2)</source>
        <translation>经典 2-2-2（教程 3.2）</translation>
    </message>
    <message>
        <source>XOR 2-2-1</source>
        <translation>异或 XOR 2-2-1</translation>
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
        <translation>每层一个（教程）</translation>
    </message>
    <message>
        <source>one per neuron (nn.Linear)</source>
        <translation>每个神经元一个（nn.Linear）</translation>
    </message>
    <message>
        <source>train biases</source>
        <translation>训练偏置</translation>
    </message>
    <message>
        <source>Dropout p after every hidden activation (0 to 0.9); masks change each iteration</source>
        <translation>每个隐藏层激活之后的 Dropout 概率 p（0 到 0.9）；每次迭代换一组掩码</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>各层大小</translation>
    </message>
    <message>
        <source>hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>dropout p</source>
        <translation>Dropout 概率 p</translation>
    </message>
    <message>
        <source>layers: whole numbers separated by commas, e.g. 2,3,2</source>
        <translation>各层大小：用逗号分隔的整数，例如 2,3,2</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number</source>
        <translation>{0}：“{1}”不是数字</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number (numbers separated by commas)</source>
        <translation>{0}：“{1}”不是数字（多个数用逗号分隔）</translation>
    </message>
    <message>
        <source>{0}: one number</source>
        <translation>{0}：只填一个数</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>edges: sign and size of w</source>
        <translation>连线：w 的正负和大小</translation>
    </message>
    <message>
        <source>edges: last gradient ∂L/∂w</source>
        <translation>连线：上一步的梯度 ∂L/∂w</translation>
    </message>
    <message>
        <source>Click a weight or a neuron (its bias) to edit it while paused.</source>
        <translation>暂停时点击一条权重或一个神经元（它的偏置）即可修改。</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>批量归一化（BatchNorm）</translation>
    </message>
    <message>
        <source>layer {0}: {1}</source>
        <translation>第 {0} 层：{1}</translation>
    </message>
    <message>
        <source>the first {0} neurons of each layer drawn ({1})</source>
        <translation>每层只画出前 {0} 个神经元（{1}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{0} = {1:.6g}
∂L/∂{3} = {2:.3g} (last step)</source>
        <translation>{0} = {1:.6g}
∂L/∂{3} = {2:.3g}（上一步）</translation>
    </message>
    <message>
        <source>{0}: γ·x̂ + β from {1:.3g} to {2:.3g} over the plane; γ {3:.6g}, β {4:.6g}; normalised with the running mean {5:.4g} and variance {6:.4g}</source>
        <translation>{0}：γ·x̂ + β 在平面上从 {1:.3g} 到 {2:.3g}；γ {3:.6g}，β {4:.6g}；用滑动均值 {5:.4g} 和方差 {6:.4g} 归一化</translation>
    </message>
    <message>
        <source>P(class {0})</source>
        <translation>P(类别 {0})</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>{0}: {1} from {2:.3g} to {3:.3g} over the plane; bias {4:.6g}</source>
        <translation>{0}：在整个平面上{1}从 {2:.3g} 到 {3:.3g}；偏置 {4:.6g}</translation>
    </message>
    <message>
        <source>Enter applies it from the next step</source>
        <translation>按 Enter 后从下一步开始生效</translation>
    </message>
    <message>
        <source>Pause at the newest iteration to edit</source>
        <translation>请在最新一次迭代处暂停后再修改</translation>
    </message>
    <message>
        <source>{0}: a number from −{1:g} to {1:g}</source>
        <translation>{0}：−{1:g} 到 {1:g} 之间的数</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Run the next cell: it needs only PyTorch and prints, as CSV, the numbers DescentLab showed.</source>
        <translation>运行下一个单元格：它只需要 PyTorch，会以 CSV 格式打印出 DescentLab 显示的数值。</translation>
    </message>
    <message>
        <source>The printed rows as a plot (needs matplotlib: `pip install matplotlib`).</source>
        <translation>把打印出的各行画成图（需要 matplotlib：`pip install matplotlib`）。</translation>
    </message>
    <message>
        <source>matplotlib is not installed: pip install matplotlib, then run this cell again</source>
        <translation>未安装 matplotlib：先 pip install matplotlib，再运行这个单元格</translation>
    </message>
    <message>
        <source>{0} from ({1}) for {2} steps on f = `{3}`.</source>
        <translation>{0} 从 ({1}) 出发，在 f = `{3}` 上走 {2} 步。</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>优化器竞赛</translation>
    </message>
    <message>
        <source>The learning rate in force during each of {0} epochs, from lr = {1}, under {2}.</source>
        <translation>初始 lr = {1}，在 {2} 下，{0} 轮中每一轮生效的学习率。</translation>
    </message>
    <message>
        <source>Learning-rate schedules</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>One forward pass, backward pass and update of the network {0} (learning rate η = {1}): each parameter&apos;s value, gradient and updated value.</source>
        <translation>网络 {0} 的一次前向传播、反向传播和更新（学习率 η = {1}）：每个参数的值、梯度和更新后的值。</translation>
    </message>
    <message>
        <source>Backpropagation, one step</source>
        <translation>反向传播：一步</translation>
    </message>
    <message>
        <source>Training lab</source>
        <translation>训练实验室</translation>
    </message>
    <message>
        <source>the tutorial&apos;s 30 temperatures</source>
        <translation>教程中的 30 天气温</translation>
    </message>
    <message>
        <source>{0} typed values</source>
        <translation>输入的 {0} 个数值</translation>
    </message>
    <message>
        <source>Exponentially weighted averages with β = {0} of {1}, without and with bias correction.</source>
        <translation>{1} 的指数加权平均（β = {0}），不带和带偏差修正。</translation>
    </message>
    <message>
        <source>Weighted averages</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <source>eval mode</source>
        <translation>评估模式</translation>
    </message>
    <message>
        <source>{0} on the {1} data: {2} training and {3} test samples, batch size {4}, {5} epochs, seed {6}.</source>
        <translation>{0} 在 {1} 数据上：{2} 个训练样本、{3} 个测试样本，批大小 {4}，{5} 轮，种子 {6}。</translation>
    </message>
    <message>
        <source>a Linear(4, 5) + ReLU drawn from seed 0</source>
        <translation>由种子 0 生成的 Linear(4, 5) + ReLU</translation>
    </message>
    <message>
        <source>the tutorial&apos;s printed Linear(4, 5) + ReLU output</source>
        <translation>教程打印出的 Linear(4, 5) + ReLU 输出</translation>
    </message>
    <message>
        <source>nn.Dropout(p = {0}) in {1} on {2}; mask seed {3}.</source>
        <translation>nn.Dropout(p = {0})，{1}，作用于{2}；掩码种子 {3}。</translation>
    </message>
    <message>
        <source>{0} in {1} on a batch of shape {2} (momentum {3}): each element&apos;s x, x̂ and y, and the running statistics after the batch.</source>
        <translation>{0}，{1}，作用于形状为 {2} 的批（momentum {3}）：每个元素的 x、x̂ 和 y，以及这一批之后的滑动统计量。</translation>
    </message>
    <message>
        <source>w·x + b fitted by SGD (lr = {0}) to {1} samples for {2} epochs, three ways: the whole set, mini-batches of {3} and single samples per step; the loss on all data after every step.</source>
        <translation>用 SGD（lr = {0}）把 w·x + b 拟合到 {1} 个样本上，训练 {2} 轮，三种方式：每步用全部数据、大小为 {3} 的小批量、单个样本；每一步之后在全部数据上的损失。</translation>
    </message>
    <message>
        <source>Epochs and batches</source>
        <translation>轮与批</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>nothing computed yet</source>
        <translation>还没有计算结果</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>First (Home)</source>
        <translation>第一步（Home）</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>后退一步（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>前进一步（→）</translation>
    </message>
    <message>
        <source>Last (End)</source>
        <translation>最后一步（End）</translation>
    </message>
    <message>
        <source>Playback speed (1× = {0:g} steps per second)</source>
        <translation>播放速度（1× = 每秒 {0:g} 步）</translation>
    </message>
</context>
<context>
    <name>PredictForm</name>
    <message>
        <source>predict the next step</source>
        <translation>预测下一步</translation>
    </message>
    <message>
        <source>Hide the numbers of the update; type your own and press Enter</source>
        <translation>隐藏这次更新的数值；填入你自己的结果并按回车</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>你的结果</translation>
    </message>
    <message>
        <source>No mistake in your {0} values.</source>
        <translation>你的 {0} 个结果中没有错误。</translation>
    </message>
    <message>
        <source>First mistake: {0} — {1}. The right value: {2}.</source>
        <translation>第一个错误：{0} —— {1}。正确的值：{2}。</translation>
    </message>
</context>
<context>
    <name>QuadraticRangeView</name>
    <message>
        <source>SGD on y = 4x² from x = 2, the lr growing exponentially from step to step: the learning-rate range test where the right answer is known.</source>
        <translation>在 y = 4x² 上从 x = 2 开始做 SGD，lr 每一步按指数增长：一个已知正确答案的学习率范围测试。</translation>
    </message>
    <message>
        <source>0.125: one step
to the minimum</source>
        <translation>0.125：一步
到达最小值</translation>
    </message>
    <message>
        <source>0.25: each step
overshoots</source>
        <translation>0.25：每一步
都越过最小值</translation>
    </message>
    <message>
        <source>The loss falls fastest in the step with lr = {0:.3g}, the schedule&apos;s nearest to 0.125: there x − lr·8x = 0, one step lands on the minimum.</source>
        <translation>损失在 lr = {0:.3g} 的那一步下降最快，它是序列中最接近 0.125 的值：此时 x − lr·8x = 0，一步就落在最小值上。</translation>
    </message>
    <message>
        <source>The loss is lowest after the step with lr = {0:.3g}; from lr = 0.25 on |1 − 8·lr| ≥ 1, so each step ends at least as far from 0 as it began and the loss climbs back.</source>
        <translation>损失在 lr = {0:.3g} 的那一步之后最低；从 lr = 0.25 起 |1 − 8·lr| ≥ 1，每一步结束时离 0 至少和开始时一样远，损失又涨了回去。</translation>
    </message>
    <message>
        <source>The range test&apos;s rules read the smoothed curve: {0}. Here they miss, because the smoothing averages the loss itself, and a loss that falls by 30 orders of magnitude averages to its first values; on this curve read the raw loss.</source>
        <translation>范围测试的规则读取的是平滑后的曲线：{0}。在这里它们都不准，因为平滑是对损失值本身求平均，而一个下降了 30 个数量级的损失，平均下来就是它最初的那些值；在这条曲线上请看原始损失。</translation>
    </message>
</context>
<context>
    <name>RaceFigure</name>
    <message>
        <source>−lr·g: a plain gradient step</source>
        <translation>−lr·g：一步普通的梯度下降</translation>
    </message>
    <message>
        <source>Δw: this step, to scale</source>
        <translation>Δw：这一步（按实际比例）</translation>
    </message>
    <message>
        <source>The start point: drag it, or Shift+click anywhere on the surface</source>
        <translation>起点：拖动它，或在曲面上任意位置按住 Shift 点击</translation>
    </message>
    <message>
        <source>Drag the start point (or Shift+click) to start the race elsewhere; scroll to zoom, drag to pan</source>
        <translation>拖动起点（或按住 Shift 点击）可以换个地方开始竞赛；滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>  (colours: log scale)</source>
        <translation>  （颜色按对数刻度）</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>left the view</source>
        <translation>离开视野</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>碗形 bowl</translation>
    </message>
    <message>
        <source>ravine</source>
        <translation>峡谷 ravine</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍点 saddle</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>平缓区域 plateau</translation>
    </message>
    <message>
        <source>rastrigin (many local minima)</source>
        <translation>rastrigin（许多局部最小值）</translation>
    </message>
    <message>
        <source>tutorial: w²/2</source>
        <translation>教程：w²/2</translation>
    </message>
    <message>
        <source>Tutorial: w²/2 (3.3)</source>
        <translation>教程：w²/2（3.3）</translation>
    </message>
    <message>
        <source>Momentum: two forms</source>
        <translation>动量的两种写法</translation>
    </message>
    <message>
        <source>Saddle: momentum escapes</source>
        <translation>鞍点：动量帮助逃离</translation>
    </message>
    <message>
        <source>Ravine: zig-zag vs Adam</source>
        <translation>峡谷：之字形 vs Adam</translation>
    </message>
    <message>
        <source>AdaGrad&apos;s lr dies out</source>
        <translation>AdaGrad 的学习率逐渐消失</translation>
    </message>
    <message>
        <source>All five on Rosenbrock</source>
        <translation>五种优化器同跑 Rosenbrock</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>示例故事</translation>
    </message>
    <message>
        <source>Set up one of the tutorial&apos;s comparisons</source>
        <translation>设置教程中的一个对比</translation>
    </message>
    <message>
        <source>custom formula</source>
        <translation>自定义公式</translation>
    </message>
    <message>
        <source>A formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2</source>
        <translation>关于 x 和 y 的公式，例如 (1 - x)**2 + 100*(y - x**2)**2</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>曲面</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Start point x, y; or drag the start marker (or Shift+click) on the surface</source>
        <translation>起点 x, y；也可以在曲面上拖动起点标记（或按住 Shift 点击）</translation>
    </message>
    <message>
        <source>swarm</source>
        <translation>多起点</translation>
    </message>
    <message>
        <source>Many start points per optimizer: see where each one ends up</source>
        <translation>每个优化器从许多起点同时出发：看看每个起点最终落在哪里</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>colour by minimum reached</source>
        <translation>按到达的最小值着色</translation>
    </message>
    <message>
        <source>colour by final loss</source>
        <translation>按最终损失着色</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>formula: {0}</source>
        <translation>公式：{0}</translation>
    </message>
    <message>
        <source>numbers separated by a comma, e.g. -1.5, 2</source>
        <translation>用逗号分隔的数字，例如 -1.5, 2</translation>
    </message>
    <message>
        <source>start: {0}</source>
        <translation>起点：{0}</translation>
    </message>
    <message>
        <source>every racer needs a valid optimizer (see the message under it)</source>
        <translation>每个参赛者都需要一个有效的优化器（见其下方的提示）</translation>
    </message>
    <message>
        <source>add a racer</source>
        <translation>请添加一个参赛者</translation>
    </message>
    <message>
        <source>racing…</source>
        <translation>比赛中…</translation>
    </message>
    <message>
        <source>waiting for the engine…</source>
        <translation>正在等待计算引擎…</translation>
    </message>
</context>
<context>
    <name>RacerRow</name>
    <message>
        <source>all steps</source>
        <translation>全部步数</translation>
    </message>
    <message>
        <source>the optimizer&apos;s lr</source>
        <translation>优化器的 lr</translation>
    </message>
</context>
<context>
    <name>RacersColumn</name>
    <message>
        <source>Add racer</source>
        <translation>添加参赛者</translation>
    </message>
</context>
<context>
    <name>RangeFields</name>
    <message>
        <source>Run the range test</source>
        <translation>运行范围测试</translation>
    </message>
    <message>
        <source>lr from</source>
        <translation>lr 从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
</context>
<context>
    <name>RangePlot</name>
    <message>
        <source>minimum / 10</source>
        <translation>最小值 / 10</translation>
    </message>
    <message>
        <source>steepest descent</source>
        <translation>最陡下降</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>谷底</translation>
    </message>
    <message>
        <source>learning rate (log scale)</source>
        <translation>学习率（对数刻度）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>each step&apos;s loss</source>
        <translation>每一步的损失</translation>
    </message>
    <message>
        <source>smoothed (β = 0.98)</source>
        <translation>平滑后（β = 0.98）</translation>
    </message>
</context>
<context>
    <name>RangeTestView</name>
    <message>
        <source>Pauses training; the run is left exactly as it was</source>
        <translation>会暂停训练；训练本身保持原样不变</translation>
    </message>
    <message>
        <source>Race the suggested learning rates</source>
        <translation>让建议的学习率比赛</translation>
    </message>
    <message>
        <source>A new run of the lab, one racer per suggestion, same seed</source>
        <translation>实验室的一次新训练，每个建议一个参赛者，随机种子相同</translation>
    </message>
    <message>
        <source>The smoothing, in the weighted-average lab ▶</source>
        <translation>这种平滑，在指数加权平均实验室中查看 ▶</translation>
    </message>
    <message>
        <source>These losses averaged with β = 0.98 and bias correction, day by day</source>
        <translation>把这些损失按 β = 0.98 加偏差修正逐个求平均</translation>
    </message>
    <message>
        <source>The range test trains a few steps while the learning rate grows from tiny to huge, and reads a good learning rate off the loss.</source>
        <translation>范围测试在学习率从极小增长到极大的过程中训练若干步，并从损失曲线上读出一个好的学习率。</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>racer</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>首次达标步数</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>first to loss ≤</source>
        <translation>最先达到 损失 ≤</translation>
    </message>
    <message>
        <source>threshold: &apos;{0}&apos; is not a number</source>
        <translation>阈值：“{0}”不是数字</translation>
    </message>
    <message>
        <source>{0:.0f}% at a minimum</source>
        <translation>{0:.0f}% 到达最小值</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>{0}: P(class 0) = {1:.3f}, P(class 1) = {2:.3f}</source>
        <translation>{0}：P(类别 0) = {1:.3f}，P(类别 1) = {2:.3f}</translation>
    </message>
    <message>
        <source>{0}: class {1}, P = {2:.3f}</source>
        <translation>{0}：类别 {1}，P = {2:.3f}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <source>{0}: loss {1:.4f} / {2:.4f}, accuracy {3:.3f} / {4:.3f} (training / test), lr {5:.3g}</source>
        <translation>{0}：损失 {1:.4f} / {2:.4f}，准确率 {3:.3f} / {4:.3f}（训练集 / 测试集），学习率 {5:.3g}</translation>
    </message>
</context>
<context>
    <name>ScheduleFigure</name>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
</context>
<context>
    <name>SchedulesView</name>
    <message>
        <source>Tutorial 4.2–4.4</source>
        <translation>教程 4.2–4.4</translation>
    </message>
    <message>
        <source>Cosine family</source>
        <translation>余弦系列</translation>
    </message>
    <message>
        <source>Warm-up and linear</source>
        <translation>预热与线性</translation>
    </message>
    <message>
        <source>Initial learning rate of the optimizer</source>
        <translation>优化器的初始学习率</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>initial lr</source>
        <translation>初始学习率</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>添加衰减策略</translation>
    </message>
    <message>
        <source>Read the exact lr in force during this epoch (←/→ move it)</source>
        <translation>读取该轮实际使用的学习率（用 ←/→ 移动）</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>衰减策略</translation>
    </message>
    <message>
        <source>lr at epoch</source>
        <translation>该轮的学习率</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>how it decays</source>
        <translation>衰减方式</translation>
    </message>
    <message>
        <source>when to use it</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>cursor at epoch</source>
        <translation>光标所在轮</translation>
    </message>
    <message>
        <source>all epochs</source>
        <translation>全部轮数</translation>
    </message>
    <message>
        <source>initial lr: &apos;{0}&apos; is not a number</source>
        <translation>初始学习率：“{0}”不是数字</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>waiting for the engine…</source>
        <translation>正在等待计算引擎…</translation>
    </message>
    <message>
        <source>error: {0}</source>
        <translation>错误：{0}</translation>
    </message>
    <message>
        <source>lr of {0} during epoch {1}</source>
        <translation>{0} 在第 {1} 轮的学习率</translation>
    </message>
    <message>
        <source>lr at epoch {0}</source>
        <translation>第 {0} 轮的学习率</translation>
    </message>
</context>
<context>
    <name>SeriesPlots</name>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Double-click: enlarge the curves (double-click again: back to the surface)</source>
        <translation>双击：放大曲线（再双击：回到曲面）</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>distance to the nearest minimum</source>
        <translation>到最近最小值的距离</translation>
    </message>
    <message>
        <source>no known minimum on this surface</source>
        <translation>这个曲面上没有已知的最小值</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Cannot open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>会话文件 (*.json)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <source>DescentLab did not close normally last time. Restore the session it saved automatically?</source>
        <translation>DescentLab 上次没有正常关闭。要恢复它自动保存的会话吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>SpecRow</name>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>学习率调度器</translation>
    </message>
    <message>
        <source>no {0}</source>
        <translation>不使用{0}</translation>
    </message>
    <message>
        <source>Choose the {0}</source>
        <translation>选择{0}</translation>
    </message>
    <message>
        <source>no {0} (choose one or type it)</source>
        <translation>不使用{0}（可选择或直接输入）</translation>
    </message>
    <message>
        <source>Write it as in PyTorch, e.g. {0}</source>
        <translation>按 PyTorch 的写法输入，例如 {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>StepFormula</name>
    <message>
        <source>forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>{0} · step {1} / {2}</source>
        <translation>{0} · 第 {1} 步 / {2}</translation>
    </message>
    <message>
        <source>= ? (type your value in the table)</source>
        <translation>= ?（在表格中填入你的结果）</translation>
    </message>
    <message>
        <source>(no autograd counterpart: one term of a sum)</source>
        <translation>（autograd 中没有对应值：这只是求和中的一项）</translation>
    </message>
    <message>
        <source>autograd {0:.{1}g}, |manual − autograd| = {2:.1e}</source>
        <translation>autograd 结果 {0:.{1}g}，|手算 − autograd| = {2:.1e}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a neuron or a weight to see every computation it takes part in.&lt;/i&gt;</source>
        <translation>&lt;i&gt;点击一个神经元或一条权重，查看它参与的每一步计算。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: nothing computed yet at this step</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：到这一步还没有相关计算</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>代入数值</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>你的结果</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>via</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>|manual − autograd|</source>
        <translation>|手算 − autograd|</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Drag to see the run at an earlier iteration (← / →: one iteration, Shift+← / Shift+→: one epoch, End: back to the newest)</source>
        <translation>拖动以查看训练在更早某次迭代时的样子（← / →：一次迭代，Shift+← / Shift+→：一轮，End：回到最新）</translation>
    </message>
    <message>
        <source>back to the newest (End)</source>
        <translation>回到最新（End）</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>{0} iterations/s</source>
        <translation>每秒 {0} 次迭代</translation>
    </message>
    <message>
        <source>How fast ▶ trains: slow enough to talk over, or as fast as it goes</source>
        <translation>▶ 训练的速度：慢到可以边讲边看，或者尽可能快</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>showing iteration {0}</source>
        <translation>正在显示第 {0} 次迭代</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss — solid: training set, dashed: test set; shaded: the gap</source>
        <translation>损失 —— 实线：训练集，虚线：测试集；阴影：两者的差距</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>训练集大小</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>number of runs</source>
        <translation>运行个数</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>各层大小</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>批量归一化（BatchNorm）</translation>
    </message>
    <message>
        <source>Dropout on or off</source>
        <translation>是否使用 Dropout</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>学习率调度器</translation>
    </message>
    <message>
        <source>Why BatchNorm</source>
        <translation>为什么要用 BatchNorm</translation>
    </message>
    <message>
        <source>Six narrow sigmoid layers trained by SGD, with and without BatchNorm (same seed): watch the activations and the first layers&apos; gradients in &apos;inside the layers&apos;</source>
        <translation>用 SGD 训练六个窄的 sigmoid 层，分别带和不带 BatchNorm（相同随机种子）：在“层的内部”里观察激活值和前几层的梯度</translation>
    </message>
    <message>
        <source>no regularization</source>
        <translation>不加正则化</translation>
    </message>
    <message>
        <source>Dropout p=0.5</source>
        <translation>Dropout p=0.5</translation>
    </message>
    <message>
        <source>weight decay 1e-2</source>
        <translation>权重衰减 1e-2</translation>
    </message>
    <message>
        <source>sigmoid, no BatchNorm</source>
        <translation>sigmoid，无 BatchNorm</translation>
    </message>
    <message>
        <source>sigmoid + BatchNorm</source>
        <translation>sigmoid + BatchNorm</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>▶ train (Space)</source>
        <translation>▶ 训练（空格）</translation>
    </message>
    <message>
        <source>+1 iteration</source>
        <translation>+1 次迭代</translation>
    </message>
    <message>
        <source>+1 epoch</source>
        <translation>+1 轮</translation>
    </message>
    <message>
        <source>reset (R)</source>
        <translation>重置（R）</translation>
    </message>
    <message>
        <source>Overfit on purpose, then cure it</source>
        <translation>先故意过拟合，再来治好它</translation>
    </message>
    <message>
        <source>A tiny noisy training set and a wide network, four times: no regularization, Dropout, BatchNorm, weight decay</source>
        <translation>很小且带噪声的训练集加上很宽的网络，训练四遍：不加正则化、Dropout、BatchNorm、权重衰减</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>示例故事</translation>
    </message>
    <message>
        <source>Fork at the cursor…</source>
        <translation>在游标处分叉…</translation>
    </message>
    <message>
        <source>Change one setting from the time cursor&apos;s iteration on and train both futures from the same state</source>
        <translation>从时间游标所在的迭代起改变一个设置，并从同一状态训练两种未来</translation>
    </message>
    <message>
        <source>boundary of</source>
        <translation>显示决策边界：</translation>
    </message>
    <message>
        <source>{0} changed: training starts again from iteration 0.</source>
        <translation>{0}已改变：训练从第 0 次迭代重新开始。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>❚❚ pause (Space)</source>
        <translation>❚❚ 暂停（空格）</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · batch {2}/{3} · iteration {4}</source>
        <translation>第 {0}/{1} 轮 · 第 {2}/{3} 批 · 第 {4} 次迭代</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>CSV file…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <source>One optimizer, or several separated by &apos;;&apos; to race them on the same data, batches and initial weights</source>
        <translation>一个优化器；或用“;”分隔多个，让它们在相同的数据、批次和初始权重上比赛</translation>
    </message>
    <message>
        <source>none (e.g. StepLR(step_size=20))</source>
        <translation>不使用（例如 StepLR(step_size=20)）</translation>
    </message>
    <message>
        <source>A scheduler for every run, e.g. StepLR(step_size=20, gamma=0.5); empty: the lr stays constant</source>
        <translation>所有运行共用的学习率调度器，例如 StepLR(step_size=20, gamma=0.5)；留空：学习率保持不变</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>训练集大小</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>各层大小</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>optimizer(s)</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>学习率调度器</translation>
    </message>
    <message>
        <source>dropout p</source>
        <translation>Dropout 概率 p</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Show or fold away the settings (folded in presentation mode, so the plots get the room)</source>
        <translation>显示或收起设置（演示模式下收起，把空间留给图表）</translation>
    </message>
    <message>
        <source>Settings ▴</source>
        <translation>设置 ▴</translation>
    </message>
    <message>
        <source>Settings ▾</source>
        <translation>设置 ▾</translation>
    </message>
    <message>
        <source>, dropout {0}</source>
        <translation>，Dropout {0}</translation>
    </message>
    <message>
        <source>{0}, {1} training samples · {2}{3} · {4}{5} · batch {6} · {7} epochs</source>
        <translation>{0}，{1} 个训练样本 · {2}{3} · {4}{5} · 批大小 {6} · {7} 轮</translation>
    </message>
    <message>
        <source>noise, dropout p and weight decay take numbers</source>
        <translation>噪声、Dropout 概率 p 和权重衰减都要填数字</translation>
    </message>
    <message>
        <source>layers: whole numbers separated by commas, e.g. 2,32,32,2</source>
        <translation>各层大小：用逗号分隔的整数，例如 2,32,32,2</translation>
    </message>
    <message>
        <source>choose a CSV file with x1,x2,label rows</source>
        <translation>请选择一个每行为 x1,x2,label 的 CSV 文件</translation>
    </message>
    <message>
        <source>Data: x1,x2,label rows</source>
        <translation>数据：每行为 x1,x2,label</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TrainingViews</name>
    <message>
        <source>Point at the plane to read the class probabilities there.</source>
        <translation>把鼠标指向平面上的一点，读出该点的类别概率。</translation>
    </message>
    <message>
        <source>Point at the curves to read every run&apos;s numbers at an epoch.</source>
        <translation>把鼠标指向曲线，读出每次运行在某一轮的数值。</translation>
    </message>
    <message>
        <source>curves per epoch</source>
        <translation>每轮的曲线</translation>
    </message>
    <message>
        <source>inside the layers</source>
        <translation>层的内部</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>lr range test</source>
        <translation>学习率范围测试</translation>
    </message>
    <message>
        <source>loss landscape</source>
        <translation>损失地形</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Presentation mode {0:g}×</source>
        <translation>演示模式 {0:g}×</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>正常尺寸</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>{0} · epoch {1} · test accuracy {2:.3f}</source>
        <translation>{0} · 第 {1} 轮 · 测试准确率 {2:.3f}</translation>
    </message>
    <message>
        <source>learning-rate range test · {0} steps{1}</source>
        <translation>学习率范围测试 · {0} 步{1}</translation>
    </message>
    <message>
        <source> · stopped: the loss exploded</source>
        <translation> · 已停止：损失爆炸</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
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
        <translation>沿梯度方向直接下降</translation>
    </message>
    <message>
        <source>small tasks and models; the baseline</source>
        <translation>小任务、小模型；作为基准</translation>
    </message>
    <message>
        <source>v ← μ·v + g;  w ← w − lr·v</source>
        <translation>v ← μ·v + g;  w ← w − lr·v</translation>
    </message>
    <message>
        <source>an exponentially weighted average of the gradients</source>
        <translation>梯度的指数加权平均</translation>
    </message>
    <message>
        <source>ravines and noisy gradients; damps zig-zagging</source>
        <translation>峡谷地形和噪声大的梯度；抑制来回震荡</translation>
    </message>
    <message>
        <source>s ← s + g²;  w ← w − lr·g / (√s + ε)</source>
        <translation>s ← s + g²;  w ← w − lr·g / (√s + ε)</translation>
    </message>
    <message>
        <source>per-parameter step that only shrinks</source>
        <translation>每个参数各自的步长，只会越来越小</translation>
    </message>
    <message>
        <source>sparse features; the step may shrink too early</source>
        <translation>稀疏特征；步长可能过早变小</translation>
    </message>
    <message>
        <source>s ← α·s + (1 − α)·g²;  w ← w − lr·g / (√s + ε)</source>
        <translation>s ← α·s + (1 − α)·g²;  w ← w − lr·g / (√s + ε)</translation>
    </message>
    <message>
        <source>per-parameter step from a moving average of g²</source>
        <translation>每个参数的步长取决于 g² 的滑动平均</translation>
    </message>
    <message>
        <source>non-stationary problems; fixes AdaGrad's early shrinking</source>
        <translation>非平稳问题；解决 AdaGrad 步长过早变小的问题</translation>
    </message>
    <message>
        <source>m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  w ← w − lr·m̂ / (√v̂ + ε)</source>
        <translation>m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  w ← w − lr·m̂ / (√v̂ + ε)</translation>
    </message>
    <message>
        <source>momentum plus RMSProp, with bias correction</source>
        <translation>动量加 RMSProp，并做偏差修正</translation>
    </message>
    <message>
        <source>the usual first choice for deep networks</source>
        <translation>深度网络通常的首选</translation>
    </message>
    <message>
        <source>Adam, with weight decay applied to w directly</source>
        <translation>Adam，权重衰减直接作用在 w 上</translation>
    </message>
    <message>
        <source>Adam with decoupled weight decay</source>
        <translation>权重衰减解耦的 Adam</translation>
    </message>
    <message>
        <source>Adam with regularization</source>
        <translation>需要正则化的 Adam</translation>
    </message>
    <message>
        <source>Adam with Nesterov momentum: the step looks ahead along m, with μ_t rising towards β1</source>
        <translation>带 Nesterov 动量的 Adam：沿 m 向前多看一步，μ_t 逐渐升向 β1</translation>
    </message>
    <message>
        <source>Adam that reacts a little earlier to a change of direction</source>
        <translation>对方向变化反应更早一点的 Adam</translation>
    </message>
    <message>
        <source>where Adam works, often a little faster</source>
        <translation>Adam 适用的地方，往往更快一些</translation>
    </message>
    <message>
        <source>Adam whose adaptive step starts only when ρ_t &gt; 5, rectified by r_t; before: w ← w − lr·m̂</source>
        <translation>只有 ρ_t &gt; 5 时才启用自适应步长（用 r_t 修正）的 Adam；在此之前：w ← w − lr·m̂</translation>
    </message>
    <message>
        <source>momentum SGD at first, then Adam with a variance correction</source>
        <translation>开始时是动量 SGD，之后是带方差修正的 Adam</translation>
    </message>
    <message>
        <source>Adam without a warm-up schedule</source>
        <translation>不需要预热调度的 Adam</translation>
    </message>
    <message>
        <source>m ← β1·m + (1 − β1)·g;  u ← max(β2·u, |g| + ε);  w ← w − lr/(1 − β1^t)·m/u</source>
        <translation>m ← β1·m + (1 − β1)·g;  u ← max(β2·u, |g| + ε);  w ← w − lr/(1 − β1^t)·m/u</translation>
    </message>
    <message>
        <source>Adam with the largest recent |g| in place of √(average g²)</source>
        <translation>用最近最大的 |g| 代替 √(g² 的平均) 的 Adam</translation>
    </message>
    <message>
        <source>embeddings and other sparse or spiky gradients</source>
        <translation>嵌入层及其他稀疏或尖峰状的梯度</translation>
    </message>
    <message>
        <source>s ← ρ·s + (1 − ρ)·g²;  Δ = √(a + ε)/√(s + ε)·g;  a ← ρ·a + (1 − ρ)·Δ²;  w ← w − lr·Δ</source>
        <translation>s ← ρ·s + (1 − ρ)·g²;  Δ = √(a + ε)/√(s + ε)·g;  a ← ρ·a + (1 − ρ)·Δ²;  w ← w − lr·Δ</translation>
    </message>
    <message>
        <source>step sizes in the units of w, from the recent steps themselves</source>
        <translation>步长与 w 同单位，由最近的步长本身得出</translation>
    </message>
    <message>
        <source>when you would rather not pick a learning rate</source>
        <translation>不想挑选学习率的时候</translation>
    </message>
    <message>
        <source>lr = lr0 · gamma^⌊epoch / step_size⌋</source>
        <translation>lr = lr0 · gamma^⌊epoch / step_size⌋</translation>
    </message>
    <message>
        <source>drops by the same factor at equal intervals</source>
        <translation>每隔固定轮数乘以同一个系数</translation>
    </message>
    <message>
        <source>a simple, predictable default for long runs; easy to reason about</source>
        <translation>简单、可预测，适合长时间训练的默认选择；容易理解</translation>
    </message>
    <message>
        <source>lr = lr0 · gamma^(number of milestones ≤ epoch)</source>
        <translation>lr = lr0 · gamma^(不大于 epoch 的 milestones 个数)</translation>
    </message>
    <message>
        <source>drops by a factor at epochs you choose</source>
        <translation>在指定的轮数处乘以一个系数</translation>
    </message>
    <message>
        <source>when you know from experience where training plateaus</source>
        <translation>凭经验知道训练在哪些轮数进入平台期时</translation>
    </message>
    <message>
        <source>lr = lr0 · gamma^epoch</source>
        <translation>lr = lr0 · gamma^epoch</translation>
    </message>
    <message>
        <source>shrinks smoothly by the same factor every epoch</source>
        <translation>每轮都乘以同一个系数，平滑下降</translation>
    </message>
    <message>
        <source>smooth, steady decay; gamma close to 1 keeps it gentle</source>
        <translation>平滑、稳定的衰减；gamma 接近 1 时衰减较温和</translation>
    </message>
    <message>
        <source>lr = eta_min + (lr0 − eta_min) · (1 + cos(π · epoch / T_max)) / 2</source>
        <translation>lr = eta_min + (lr0 − eta_min) · (1 + cos(π · epoch / T_max)) / 2</translation>
    </message>
    <message>
        <source>follows half a cosine from lr0 down to eta_min</source>
        <translation>沿半个余弦周期从 lr0 降到 eta_min</translation>
    </message>
    <message>
        <source>a popular default for fixed-length training; no steps to tune</source>
        <translation>训练轮数固定时的常用默认选择；无需调节阶梯</translation>
    </message>
    <message>
        <source>cosine from lr0 to eta_min over T_i epochs, then jump back to lr0 (T_i+1 = T_mult · T_i)</source>
        <translation>在 T_i 轮内按余弦从 lr0 降到 eta_min，然后跳回 lr0（T_i+1 = T_mult · T_i）</translation>
    </message>
    <message>
        <source>repeated cosine decays with restarts</source>
        <translation>反复进行余弦衰减，并周期性重启</translation>
    </message>
    <message>
        <source>escaping poor regions by periodically raising the lr again</source>
        <translation>通过周期性地重新提高学习率，跳出不好的区域</translation>
    </message>
    <message>
        <source>lr = lr0 · factor, factor moving linearly from start_factor to end_factor</source>
        <translation>lr = lr0 · factor，factor 从 start_factor 线性变到 end_factor</translation>
    </message>
    <message>
        <source>a straight ramp, then constant</source>
        <translation>先线性变化，然后保持不变</translation>
    </message>
    <message>
        <source>warm-up at the start of training (start_factor &lt; 1)</source>
        <translation>训练开始时的预热（start_factor &lt; 1）</translation>
    </message>
    <message>
        <source>rise from max_lr/div_factor to max_lr, then anneal far below the start (ignores lr0)</source>
        <translation>从 max_lr/div_factor 升到 max_lr，再退火到远低于起点（不使用 lr0）</translation>
    </message>
    <message>
        <source>one warm-up then one long decay</source>
        <translation>先预热一次，再长时间衰减</translation>
    </message>
    <message>
        <source>fast training with a known number of steps (super-convergence)</source>
        <translation>已知总步数时的快速训练（超级收敛）</translation>
    </message>
    <message>
        <source>lr = lr0 · (1 − epoch / total_iters)^power, then 0</source>
        <translation>lr = lr0 · (1 − epoch / total_iters)^power，之后为 0</translation>
    </message>
    <message>
        <source>a polynomial fall to zero</source>
        <translation>按多项式降到零</translation>
    </message>
    <message>
        <source>decay that must reach exactly zero at a known epoch</source>
        <translation>需要在已知的轮数时恰好降到零</translation>
    </message>
    <message>
        <source>lr = lr0 · factor for epoch &lt; total_iters, then lr0</source>
        <translation>epoch &lt; total_iters 时 lr = lr0 · factor，之后为 lr0</translation>
    </message>
    <message>
        <source>one low plateau, then the full lr</source>
        <translation>先保持一段较低的平台，再恢复完整学习率</translation>
    </message>
    <message>
        <source>a crude warm-up</source>
        <translation>一种简单粗略的预热</translation>
    </message>
    <message>
        <source>triangle wave between base_lr and max_lr (ignores lr0)</source>
        <translation>在 base_lr 和 max_lr 之间的三角波（不使用 lr0）</translation>
    </message>
    <message>
        <source>goes up and down periodically</source>
        <translation>周期性地上升和下降</translation>
    </message>
    <message>
        <source>exploring a range of lrs without tuning a decay</source>
        <translation>在一个学习率范围内探索，而不必调节衰减</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>'{part}' is not allowed in a formula: use numbers, x, y, + - * / ** and functions</source>
        <translation>公式中不允许出现“{part}”：只能用数、x、y、+ - * / ** 和函数</translation>
    </message>
    <message>
        <source>empty formula: write one in x and y, e.g. x**2 + y**2</source>
        <translation>公式为空：请写一个含 x 和 y 的公式，例如 x**2 + y**2</translation>
    </message>
    <message>
        <source>formula too long ({length} characters, at most {most})</source>
        <translation>公式太长（{length} 个字符，最多 {most} 个）</translation>
    </message>
    <message>
        <source>formula too complex (more than {most} parts)</source>
        <translation>公式太复杂（超过 {most} 个部分）</translation>
    </message>
    <message>
        <source>the formula must use x (and optionally y)</source>
        <translation>公式必须用到 x（y 可选）</translation>
    </message>
    <message>
        <source>unknown name '{name}': use x, y, pi, e or a function ({functions})</source>
        <translation>未知的名字“{name}”：请用 x、y、pi、e 或函数（{functions}）</translation>
    </message>
    <message>
        <source>not a valid formula: {reason}</source>
        <translation>不是有效的公式：{reason}</translation>
    </message>
    <message>
        <source>not a valid formula: nested too deeply or contains invalid characters</source>
        <translation>不是有效的公式：嵌套太深或含有无效字符</translation>
    </message>
    <message>
        <source>only numbers are allowed here, not {value}</source>
        <translation>这里只能写数，不能写 {value}</translation>
    </message>
    <message>
        <source>number out of range (at most {most} in size)</source>
        <translation>数超出范围（绝对值最多 {most}）</translation>
    </message>
    <message>
        <source>exponent too large (at most 100)</source>
        <translation>指数太大（最多 100）</translation>
    </message>
    <message>
        <source>unknown function: use one of {functions}</source>
        <translation>未知的函数：请用 {functions} 之一</translation>
    </message>
    <message>
        <source>{name}() takes exactly one argument</source>
        <translation>{name}() 只接受一个参数</translation>
    </message>
    <message>
        <source>it ends too soon</source>
        <translation>公式没有写完</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>{name}: torch rejected these values: {reason}</source>
        <translation>{name}：torch 拒绝了这些值：{reason}</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>学习率调度器</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>第 {column} 列：{message}</translation>
    </message>
    <message>
        <source>unknown {kind} '{name}'; known: {known}</source>
        <translation>未知的{kind}“{name}”；已知的有：{known}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <source>unknown {kind} '{name}' (did you mean {close}?); known: {known}</source>
        <translation>未知的{kind}“{name}”（是不是想写 {close}？）；已知的有：{known}</translation>
    </message>
    <message>
        <source>a tuple of {count} numbers</source>
        <translation>由 {count} 个数组成的元组</translation>
    </message>
    <message>
        <source>a tuple of numbers</source>
        <translation>由数组成的元组</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <source>True or False</source>
        <translation>True 或 False</translation>
    </message>
    <message>
        <source>a list of whole numbers, e.g. [50, 125]</source>
        <translation>一个整数列表，例如 [50, 125]</translation>
    </message>
    <message>
        <source>{owner}: {param} {why}</source>
        <translation>{owner}：{param} {why}</translation>
    </message>
    <message>
        <source>must be {kind}, got {value}</source>
        <translation>必须是{kind}，现在是 {value}</translation>
    </message>
    <message>
        <source>must have {count} numbers, got {got}</source>
        <translation>必须有 {count} 个数，现在有 {got} 个</translation>
    </message>
    <message>
        <source>empty {kind}: write e.g. {example}(...)</source>
        <translation>{kind}为空：请写成例如 {example}(...)</translation>
    </message>
    <message>
        <source>too long ({length} characters, at most {most})</source>
        <translation>太长了（{length} 个字符，最多 {most} 个）</translation>
    </message>
    <message>
        <source>expected the name of a {kind}, e.g. {example}</source>
        <translation>这里应是{kind}的名字，例如 {example}</translation>
    </message>
    <message>
        <source>'{dotted}' is not allowed: write the {kind} name alone</source>
        <translation>不允许写“{dotted}”：只写{kind}的名字</translation>
    </message>
    <message>
        <source>{param} must be a literal ({kind}), not '{source}'</source>
        <translation>{param} 必须是字面值（{kind}），不能是“{source}”</translation>
    </message>
    <message>
        <source>is too large (at most {most} in size)</source>
        <translation>太大了（绝对值最多 {most}）</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数</translation>
    </message>
    <message>
        <source>must be at least {bound}, got {value}</source>
        <translation>必须不小于 {bound}，现在是 {value}</translation>
    </message>
    <message>
        <source>must be at most {bound}, got {value}</source>
        <translation>必须不大于 {bound}，现在是 {value}</translation>
    </message>
    <message>
        <source>must be greater than {bound}, got {value}</source>
        <translation>必须大于 {bound}，现在是 {value}</translation>
    </message>
    <message>
        <source>must be less than {bound}, got {value}</source>
        <translation>必须小于 {bound}，现在是 {value}</translation>
    </message>
    <message>
        <source>must be True or False, got {value}</source>
        <translation>必须是 True 或 False，现在是 {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>必须是 {choices} 之一，现在是 {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>not a valid {kind}: {reason}</source>
        <translation>不是有效的{kind}：{reason}</translation>
    </message>
    <message>
        <source>not a valid {kind}: nested too deeply or contains invalid characters</source>
        <translation>不是有效的{kind}：嵌套太深或含有无效字符</translation>
    </message>
    <message>
        <source>expected a {kind} call like {example}(...)</source>
        <translation>这里应是像 {example}(...) 这样的{kind}调用</translation>
    </message>
    <message>
        <source>*arguments are not allowed</source>
        <translation>不允许使用 *参数</translation>
    </message>
    <message>
        <source>{name} takes at most {count} arguments</source>
        <translation>{name} 最多接受 {count} 个参数</translation>
    </message>
    <message>
        <source>**arguments are not allowed</source>
        <translation>不允许使用 **参数</translation>
    </message>
    <message>
        <source>'{name}' is given twice</source>
        <translation>“{name}”给了两次</translation>
    </message>
    <message>
        <source>{name} needs {param} ({help}), e.g. {name}({param}=...)</source>
        <translation>{name} 需要 {param}（{help}），例如 {name}({param}=...)</translation>
    </message>
    <message>
        <source>{name} needs {param}, e.g. {name}({param}=...)</source>
        <translation>{name} 需要 {param}，例如 {name}({param}=...)</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>必须是整数，现在是 {value}</translation>
    </message>
    <message>
        <source>must be a number, got {value}</source>
        <translation>必须是数，现在是 {value}</translation>
    </message>
    <message>
        <source>{name} has no argument '{arg}' (did you mean '{close}'?); valid: {valid}</source>
        <translation>{name} 没有参数“{arg}”（是不是想写“{close}”？）；可用的有：{valid}</translation>
    </message>
    <message>
        <source>{name} has no argument '{arg}'; valid: {valid}</source>
        <translation>{name} 没有参数“{arg}”；可用的有：{valid}</translation>
    </message>
</context>
</TS>
