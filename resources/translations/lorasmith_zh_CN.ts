<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisMixin</name>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="36"/>
        <source>Automatic: the model&apos;s chat template</source>
        <translation>自动：使用模型的对话模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="40"/>
        <source>Conversations use the model&apos;s own chat template. Alpaca rows use our Alpaca format when the model has none.</source>
        <translation>对话数据使用模型自带的对话模板。模型没有模板时，Alpaca 数据使用我们的 Alpaca 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="51"/>
        <source>Format being edited (Format file tab)</source>
        <translation>正在编辑的格式（“格式文件”标签页）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="52"/>
        <source>Choose a format file…</source>
        <translation>选择格式文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="61"/>
        <source>Loading the tokenizer…</source>
        <translation>正在加载分词器…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="63"/>
        <source>No model chosen: token counts are not shown.</source>
        <translation>未选择模型：不显示 token 数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="71"/>
        <source>Choose the base model&apos;s folder</source>
        <translation>选择基础模型所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="46"/>
        <source>Format file: {0}</source>
        <translation>格式文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="48"/>
        <source>Chat template: {0}</source>
        <translation>对话模板：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="50"/>
        <source>Your format file: {0}</source>
        <translation>你的格式文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="82"/>
        <source>Tokens counted with the tokenizer of {0}.</source>
        <translation>token 数由 {0} 的分词器计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="84"/>
        <source>No token counts: {0}</source>
        <translation>无法计算 token 数：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="134"/>
        <source>Choose a format file</source>
        <translation>选择格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="134"/>
        <source>Format files (*.json)</source>
        <translation>格式文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="189"/>
        <source>Select a row to see it as it will be trained.</source>
        <translation>选择一行，查看它在训练时的样子。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="211"/>
        <source>Fix the errors above to see the preview.</source>
        <translation>修正上面的错误后即可看到预览。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="233"/>
        <source>Chunk {0} of {1} (block {2}), as it will be trained</source>
        <translation>第 {0} 块（共 {1} 块，属于第 {2} 段），训练时的样子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="238"/>
        <source>Row {0}, as it will be trained</source>
        <translation>第 {0} 行，训练时的样子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="240"/>
        <source>this row gives no training text</source>
        <translation>这一行没有可训练的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="278"/>
        <source>The rows changed. Click Measure to count the tokens again.</source>
        <translation>数据已更改。点击“统计 token 长度”重新计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="287"/>
        <source>Raw text needs a .txt file or a folder of .txt files.</source>
        <translation>原始文本需要 .txt 文件或装有 .txt 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="310"/>
        <source>Choose a model to measure token lengths.</source>
        <translation>选择模型后才能统计 token 长度。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="98"/>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="99"/>
        <source>Lorasmith hit an error it did not expect. A training run in progress goes on. The details are in {0}; open it?</source>
        <translation>Lorasmith 遇到了意外错误。正在进行的训练不受影响。详细信息在 {0}；要打开吗？</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="122"/>
        <source>Quick prompts</source>
        <translation>快捷提示</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="126"/>
        <location filename="../../desktop/views/tryout/chat.py" line="258"/>
        <source>Rows the run held out for validation. Click one to try it.</source>
        <translation>这次运行留作验证的行。点击一行即可试用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="148"/>
        <source>Type a message for the model, or pick a quick prompt.</source>
        <translation>输入要发给模型的消息，或选择一个快捷提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="151"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="153"/>
        <source>Answer the prompt without and with the adapter (Ctrl+Enter).</source>
        <translation>分别不用和使用适配器回答这个提示（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="155"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="156"/>
        <source>Stop generating; the text so far stays.</source>
        <translation>停止生成；已生成的文字会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="174"/>
        <source>How adventurous the choice of words is. 0 always takes the likeliest word, so the same prompt gives the same answer; 0.7 is typical for chatting.</source>
        <translation>用词的大胆程度。0 总是选最可能的词，同一提示总得到同一回答；聊天常用 0.7。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="182"/>
        <source>Choose only among the likeliest words that together make up this share (1 considers all). Used when the temperature is above 0.</source>
        <translation>只在合计占这个比例的最可能的词中选择（1 表示考虑全部）。温度大于 0 时才生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="187"/>
        <source>The longest answer, in tokens (a token is a word or part of one).</source>
        <translation>回答的最大长度，以 token 计（一个 token 是一个词或词的一部分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="191"/>
        <source>Random seed. With the same seed both sides draw the same random numbers, so a comparison can be repeated exactly.</source>
        <translation>随机种子。种子相同时两边抽取相同的随机数，因此对比可以精确重现。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="198"/>
        <source>Above 1 discourages repeating words already written. Small models tend to loop on one phrase; 1.1 to 1.3 helps. 1 turns it off.</source>
        <translation>大于 1 时会抑制重复已经写过的词。小模型容易反复输出同一句话，设为 1.1 到 1.3 会有帮助；1 表示关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="207"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="208"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="209"/>
        <source>Max new tokens</source>
        <translation>最多新 token 数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="210"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="211"/>
        <source>Repetition penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="224"/>
        <source>Without the adapter</source>
        <translation>不使用适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="224"/>
        <source>The base model&apos;s answer appears here.</source>
        <translation>基础模型的回答显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="225"/>
        <source>With the adapter</source>
        <translation>使用适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="225"/>
        <source>The answer with your LoRA appears here.</source>
        <translation>加上你的 LoRA 后的回答显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="228"/>
        <source>Expected answer</source>
        <translation>期望的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="228"/>
        <source>Pick a quick prompt to see the answer your dataset gives.</source>
        <translation>选择一个快捷提示，即可看到数据集中的回答。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="254"/>
        <source>The run held out no validation rows, so these are its first training rows. Click one to try it.</source>
        <translation>这次运行没有留出验证行，这里列出的是最前面的训练行。点击一行即可试用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="260"/>
        <source>This run&apos;s dataset gives no prompts to pick from.</source>
        <translation>这次运行的数据集里没有可选的提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="287"/>
        <source>Type a message first, or pick a quick prompt.</source>
        <translation>请先输入一条消息，或选择一个快捷提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="310"/>
        <source>no adapter chosen</source>
        <translation>未选择适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="311"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="319"/>
        <source>Loading the model… (the first time takes longest)</source>
        <translation>正在加载模型…（第一次最慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="321"/>
        <source>Model loaded on {0}.</source>
        <translation>模型已加载到 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="323"/>
        <source>writing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="325"/>
        <source>Generating with the adapter…</source>
        <translation>正在使用适配器生成…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="327"/>
        <source>Generating without the adapter…</source>
        <translation>正在不用适配器生成…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="335"/>
        <location filename="../../desktop/views/tryout/chat.py" line="367"/>
        <source>{0} tokens in {1:.1f} s</source>
        <translation>{0} 个 token，用时 {1:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="336"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="339"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="339"/>
        <location filename="../../desktop/views/tryout/chat.py" line="368"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>DatasetEdits</name>
    <message>
        <location filename="../../desktop/views/dataset/edits.py" line="25"/>
        <source>Edit “{0}” in row {1}</source>
        <translation>编辑第 {1} 行的“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/edits.py" line="88"/>
        <source>Delete %n row(s)</source>
        <translation>删除 %n 行</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="33"/>
        <source>Your dataset</source>
        <translation>你的数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="36"/>
        <source>The dataset holds the examples the model learns from: questions with the answers you want, conversations, or plain text. Drop a file here or open one; Lorasmith recognises the common layouts and shows the first example as it will be trained.</source>
        <translation>数据集里是模型要学习的示例：问题和你想要的回答、对话，或纯文本。把文件拖到这里或打开一个文件；Lorasmith 能识别常见的格式，并按训练时的样子显示第一个示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="41"/>
        <source>You can leave this empty: the settings are then planned for a typical dataset.</source>
        <translation>也可以留空：这时会按一般的数据集来规划设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="44"/>
        <source>Drop a dataset file here, or open one</source>
        <translation>把数据集文件拖到这里，或打开一个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="45"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="47"/>
        <source>Use the sample</source>
        <translation>使用示例数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="49"/>
        <source>A small sample dataset that teaches the demo model a cheerful blacksmith&apos;s way of answering</source>
        <translation>一个小的示例数据集，教演示模型用快活的铁匠口吻回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="75"/>
        <source>Open a dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="77"/>
        <source>Datasets ({0});;All files (*)</source>
        <translation>数据集 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="124"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="148"/>
        <source>This file cannot be trained on yet.</source>
        <translation>这个文件暂时还不能用于训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="154"/>
        <source>{0}: {1} examples.</source>
        <translation>{0}：{1} 个示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="156"/>
        <source>Typical length {0} tokens; 95% are at most {1}; the longest has {2}.</source>
        <translation>典型长度 {0} 个 token；95% 不超过 {1}；最长的有 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="159"/>
        <source>Typical length about {0} tokens; 95% are at most about {1}; the longest about {2} (estimated: the model&apos;s tokenizer is not on this computer yet).</source>
        <translation>典型长度约 {0} 个 token；95% 约不超过 {1}；最长的约 {2}（估算值：这台电脑上还没有该模型的分词器）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="165"/>
        <source>{0} rows have problems and are left out; the Dataset screen shows them.</source>
        <translation>{0} 行有问题，已略过；可在“数据集”页面查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="172"/>
        <source>The first example, as it will be trained</source>
        <translation>第一个示例，按训练时的样子显示</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="178"/>
        <source>Alpaca instructions</source>
        <translation>Alpaca 指令</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="179"/>
        <source>ShareGPT conversations</source>
        <translation>ShareGPT 对话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="180"/>
        <source>OpenAI chat messages</source>
        <translation>OpenAI 对话消息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="181"/>
        <source>Text rows</source>
        <translation>文本行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="182"/>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="183"/>
        <source>Your own layout</source>
        <translation>自定义格式</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="82"/>
        <source>How the rows are read. Lorasmith detects it; change it if the guess is wrong.</source>
        <translation>数据的读取方式。Lorasmith 会自动检测；如果判断错了，可以在这里更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="88"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="90"/>
        <source>Longest example in tokens; longer ones are cut. The same setting as on the Train screen.</source>
        <translation>每个样本最多的 token 数，更长的会被截断。与“训练”页面上的设置相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="100"/>
        <source>Stop reading this file</source>
        <translation>停止读取这个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="108"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="111"/>
        <source>Cutoff:</source>
        <translation>截断长度：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="215"/>
        <source>How each row becomes training text: the model&apos;s chat template, one of our format files, or your own.</source>
        <translation>每一行如何变成训练文本：使用模型的对话模板、我们提供的格式文件，或你自己的格式文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="220"/>
        <source>Train on the prompt too</source>
        <translation>也训练提示部分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="222"/>
        <source>Also train on the user&apos;s side of each example, not just the answers. Usually off.</source>
        <translation>除了回答，也训练每个样本中用户说的部分。通常保持关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="228"/>
        <source>Choose model…</source>
        <translation>选择模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="230"/>
        <source>The base model whose tokenizer counts the tokens and whose chat template formats conversations</source>
        <translation>用它的分词器计算 token 数、用它的对话模板排版对话的基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="240"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="198"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="199"/>
        <source>Format file</source>
        <translation>格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="200"/>
        <source>Token lengths</source>
        <translation>token 长度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="32"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="35"/>
        <source>Open a dataset file or a folder of .txt files</source>
        <translation>打开数据集文件或装有 .txt 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="37"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="38"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="39"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="40"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="42"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="45"/>
        <source>Add an empty row below the selected one</source>
        <translation>在选中的行下面添加一个空行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="48"/>
        <source>Duplicate</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="51"/>
        <source>Duplicate the selected rows</source>
        <translation>复制选中的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="54"/>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="57"/>
        <source>Delete the selected rows</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="60"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="63"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="71"/>
        <source>Delete the selected rows (Delete key in the table)</source>
        <translation>删除选中的行（在表格中按 Delete 键）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="140"/>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="141"/>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="142"/>
        <source>OpenAI chat</source>
        <translation>OpenAI 对话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="143"/>
        <source>Text</source>
        <translation>纯文本行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="144"/>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="145"/>
        <source>Custom keys</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="155"/>
        <source>Automatic: {0}</source>
        <translation>自动：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="155"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="175"/>
        <source>Drop a dataset here, or click Open.

Lorasmith reads JSON, JSON Lines, CSV, Parquet and plain text (.txt) files, and folders of .txt files.</source>
        <translation>把数据集拖到这里，或点击“打开”。

Lorasmith 可以读取 JSON、JSON Lines、CSV、Parquet 和纯文本 (.txt) 文件，以及装有 .txt 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="179"/>
        <source>No dataset open</source>
        <translation>尚未打开数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="181"/>
        <location filename="../../desktop/views/dataset/view.py" line="245"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/view.py" line="202"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/view.py" line="204"/>
        <source>Reading… %n row(s) so far</source>
        <translation>
            <numerusform>正在读取… 已读 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="206"/>
        <source>(checking them…)</source>
        <translation>（正在检查…）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="245"/>
        <source>Row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/view.py" line="286"/>
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="81"/>
        <source>{0} could not be written: {1}. Check that the folder exists and the file is not open in another program.</source>
        <translation>无法写入 {0}：{1}。请检查文件夹是否存在，以及文件是否被其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="96"/>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="99"/>
        <source>The original is kept as {0}.</source>
        <translation>原始文件已保留为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="274"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="55"/>
        <source>Save the dataset as</source>
        <translation>数据集另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="57"/>
        <source>JSON Lines (*.jsonl);;JSON (*.json)</source>
        <translation>JSON Lines (*.jsonl);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="80"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="108"/>
        <source>It stays in {0}, the encoding it was read in.</source>
        <translation>文件仍使用读取时的编码 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="113"/>
        <source>It is now UTF-8: {0} cannot store the character “{1}” in your edits. Every training tool reads UTF-8; an old program that expects {0} may show it wrongly.</source>
        <translation>文件现已改为 UTF-8：{0} 无法保存你编辑中的字符“{1}”。所有训练工具都能读取 UTF-8；只认 {0} 的旧程序可能显示错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="121"/>
        <source>The new file is UTF-8, which every training tool reads; the original stays in {0}.</source>
        <translation>新文件使用 UTF-8，所有训练工具都能读取；原始文件仍为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="137"/>
        <source>the dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="142"/>
        <source>the format file</source>
        <translation>格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="146"/>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="147"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="147"/>
        <source>Save your changes to {0}?</source>
        <translation>是否保存对 {0} 的更改？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="151"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>如果不保存，所做的更改将会丢失。</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="60"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="62"/>
        <source>Stop the download. What was saved is kept; Resume continues from there.</source>
        <translation>停止下载。已保存的部分会保留；点“继续”从那里接着下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="64"/>
        <location filename="../../desktop/views/models/downloads.py" line="96"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="65"/>
        <source>Continue the download where it stopped.</source>
        <translation>从停下的地方继续下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="66"/>
        <source>Use for training</source>
        <translation>用于训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="67"/>
        <source>Open model page</source>
        <translation>打开模型页面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="68"/>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="70"/>
        <source>Take this row off the list. Files already saved stay in the models folder.</source>
        <translation>把这一项从列表中移除。已保存的文件仍留在模型文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="96"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="104"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="106"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="117"/>
        <source>Checking the part saved earlier of {0}…</source>
        <translation>正在检查 {0} 之前已保存的部分…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="119"/>
        <source>{0} of {1} · {2} · {3}</source>
        <translation>{0} / {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="127"/>
        <source>File {0} of {1}: {2} ({3})</source>
        <translation>第 {0} 个文件，共 {1} 个：{2}（{3}）</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="147"/>
        <source>No downloads yet. Choose a model in the Find models tab and press Download. A stopped download continues where it left off, even after closing Lorasmith.</source>
        <translation>还没有下载。在“查找模型”标签页中选择一个模型，然后点“下载”。停下的下载会从中断处继续，即使关闭过 Lorasmith 也一样。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="241"/>
        <source>Ready: {0} of files, checked, in {1}</source>
        <translation>已就绪：{0} 的文件已校验，位于 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="243"/>
        <source>{0} is downloaded and ready to train.</source>
        <translation>{0} 已下载完成，可以用来训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="249"/>
        <source>Stopped. Press Resume to continue where it left off.</source>
        <translation>已停止。点“继续”可从中断处接着下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="256"/>
        <source>The download of {0} did not finish.</source>
        <translation>{0} 的下载没有完成。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="61"/>
        <source>Adapter only</source>
        <translation>仅适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="63"/>
        <source>The LoRA folder (a few MB) with a README naming the base model, the settings and the data. For transformers and PEFT, text-generation-webui, and sharing.</source>
        <translation>LoRA 文件夹（几 MB），附带说明基础模型、设置和数据的 README。适用于 transformers 和 PEFT、text-generation-webui，以及分享。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="68"/>
        <source>Merged model</source>
        <translation>合并后的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="70"/>
        <source>A complete model with the LoRA built into its 16-bit weights, with tokenizer and chat template. Loads anywhere transformers does; as large as the base model.</source>
        <translation>把 LoRA 合并进 16 位权重的完整模型，附带分词器和对话模板。能在任何支持 transformers 的地方加载；大小与基础模型相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="75"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="77"/>
        <source>The adapter and a Modelfile that points at the base model, with the chat template in Ollama&apos;s form. Create the model with one ollama create command.</source>
        <translation>适配器和一个指向基础模型的 Modelfile，对话模板已写成 Ollama 的格式。用一条 ollama create 命令即可创建模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="115"/>
        <source>A new folder for the export</source>
        <translation>用于导出的新文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="117"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="120"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="127"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="134"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="152"/>
        <source>Exports: {0}</source>
        <translation>导出：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="154"/>
        <source>Choose a run with an adapter above.</source>
        <translation>请在上方选择一次有适配器的运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="158"/>
        <source>about {0}</source>
        <translation>约 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="182"/>
        <source>Where to put the export</source>
        <translation>导出到哪里</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="192"/>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="203"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="221"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="231"/>
        <source>Checking disk space and memory…</source>
        <translation>正在检查磁盘空间和内存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="232"/>
        <source>Loading the base model in 16-bit…</source>
        <translation>正在以 16 位加载基础模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="233"/>
        <source>Applying the adapter…</source>
        <translation>正在套用适配器…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="234"/>
        <source>Merging the adapter into the weights…</source>
        <translation>正在把适配器合并进权重…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="235"/>
        <source>Saving the merged weights…</source>
        <translation>正在保存合并后的权重…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="236"/>
        <source>Copying the tokenizer and chat template…</source>
        <translation>正在复制分词器和对话模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="237"/>
        <source>Copying the adapter…</source>
        <translation>正在复制适配器…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="238"/>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="245"/>
        <source>Exported to {0}. To use it in Ollama, open a terminal in that folder and run: ollama create {1} -f Modelfile (README.md there explains more).</source>
        <translation>已导出到 {0}。要在 Ollama 中使用，请在该文件夹中打开终端并运行：ollama create {1} -f Modelfile（那里的 README.md 有更多说明）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="248"/>
        <source>Exported to {0}.</source>
        <translation>已导出到 {0}。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="73"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="76"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="77"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="79"/>
        <source>Look in one column or in all of them</source>
        <translation>在某一列或所有列中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="80"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="81"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="82"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="83"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="88"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="145"/>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="190"/>
        <location filename="../../desktop/views/dataset/find.py" line="237"/>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/find.py" line="234"/>
        <source>Replace %n occurrence(s)</source>
        <translation>
            <numerusform>替换 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/find.py" line="236"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="143"/>
        <source>Getting started with Lorasmith</source>
        <translation>Lorasmith 入门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="158"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
</context>
<context>
    <name>FormatEditor</name>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="45"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="46"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="47"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="48"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="113"/>
        <source>Cannot open the format file</source>
        <translation>无法打开格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="114"/>
        <source>{0} cannot be read ({1}). Save it as UTF-8 text and try again.</source>
        <translation>无法读取 {0}（{1}）。请把它保存为 UTF-8 文本后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="130"/>
        <source>Editing {0}</source>
        <translation>正在编辑 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="148"/>
        <source>{0} could not be written ({1}).</source>
        <translation>无法写入 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="178"/>
        <source>Line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="133"/>
        <source>A new format file (not saved yet). Keys are sets of column names, values are templates with %column% where each value goes.</source>
        <translation>新的格式文件（尚未保存）。键是一组列名，值是模板，模板中的 %列名% 会被该列的内容替换。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="148"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="159"/>
        <source>Open a format file</source>
        <translation>打开格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="159"/>
        <location filename="../../desktop/views/dataset/format_editor.py" line="166"/>
        <source>Format files (*.json)</source>
        <translation>格式文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="166"/>
        <source>Save the format file</source>
        <translation>保存格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="179"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="179"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/format_editor.py" line="186"/>
        <source>%n error(s): rows cannot use this format until they are fixed.</source>
        <translation>
            <numerusform>%n 个错误：修正之前，数据无法使用这个格式。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="192"/>
        <source>The format is valid.</source>
        <translation>格式正确。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/format_editor.py" line="193"/>
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>下面有 %n 个警告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="27"/>
        <source>What should the model learn?</source>
        <translation>模型要学什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="28"/>
        <source>A style or a format</source>
        <translation>一种风格或格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="29"/>
        <source>Knowledge</source>
        <translation>知识</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="39"/>
        <source>The goal decides how much the adapter may learn and how long training goes on. Most people want a style or format: a tone of voice, a character, answers in a fixed shape. Knowledge means new facts, which needs a larger adapter and more passes over the data.</source>
        <translation>目标决定适配器能学多少、训练持续多久。大多数人想要的是风格或格式：一种语气、一个角色、固定样式的回答。知识指的是新的事实，需要更大的适配器，并多过几遍数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="50"/>
        <source>For example: answer like a pirate, reply in JSON, write in your company&apos;s tone, follow a chat format. A small adapter learns this in a few passes.</source>
        <translation>例如：像海盗一样说话、用 JSON 回复、用你公司的语气写作、遵循某种对话格式。小适配器过几遍就能学会。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="60"/>
        <source>For example: your product&apos;s manual, a field&apos;s terms, facts the model does not know. Needs more examples, a higher rank and more passes; check the answers carefully, since models can mix learnt facts up.</source>
        <translation>例如：你的产品手册、某个领域的术语、模型不知道的事实。需要更多示例、更高的秩和更多遍数；请仔细核对回答，因为模型可能把学到的事实弄混。</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="39"/>
        <source>Welcome to Lorasmith</source>
        <translation>欢迎使用 Lorasmith</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="40"/>
        <source>Looking at this computer…</source>
        <translation>正在查看这台电脑…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="48"/>
        <source>This guide takes you from a file of examples to your own LoRA adapter in a few steps. First, a look at this computer: the graphics card decides which models you can train and how fast.</source>
        <translation>本向导带你用几个步骤，从一个示例文件得到你自己的 LoRA 适配器。首先看看这台电脑：显卡决定了你能训练哪些模型，以及训练有多快。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="58"/>
        <source>The steps ahead</source>
        <translation>接下来的步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="60"/>
        <source>Choose a base model: the language model your adapter changes.</source>
        <translation>选择基础模型：你的适配器要改变的语言模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="61"/>
        <source>Choose a dataset: the examples it learns from.</source>
        <translation>选择数据集：模型要学习的示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="62"/>
        <source>Check the proposed settings, each with its reason.</source>
        <translation>检查建议的设置，每项都附有理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="63"/>
        <source>Train, and watch the loss fall.</source>
        <translation>开始训练，看着损失下降。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="64"/>
        <source>Ask the model something, without and with your adapter.</source>
        <translation>向模型提个问题，分别不用和使用你的适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="67"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="75"/>
        <source>Training runs on this card with 4-bit quantisation. The next step lists the models that fit it first.</source>
        <translation>训练会以 4 位量化在这张显卡上进行。下一步会把适合它的模型排在前面。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="79"/>
        <source>This card computes in fp16 (bf16 needs an RTX 30xx or newer); that works, a little less steadily.</source>
        <translation>这张显卡用 fp16 计算（bf16 需要 RTX 30 系列或更新的显卡）；可以训练，只是稍欠稳定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="82"/>
        <source>No NVIDIA graphics card was found.</source>
        <translation>没有找到 NVIDIA 显卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="84"/>
        <source>Lorasmith trains with 4-bit quantisation, which needs an NVIDIA graphics card; AMD and Intel cards are not supported for 4-bit training yet. You can still train the bundled demo model on the processor (CPU) to see how everything works.</source>
        <translation>Lorasmith 使用 4 位量化训练，这需要 NVIDIA 显卡；AMD 和 Intel 显卡暂不支持 4 位训练。你仍可以在处理器（CPU）上训练自带的演示模型，看看整个流程。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="91"/>
        <source>On this processor that takes {0}. Real models would take hours or days here.</source>
        <translation>在这台处理器上大约需要{0}。真正的模型在这里要花几小时甚至几天。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="95"/>
        <source>Memory: {0:.0f} GiB, {1:.0f} GiB free.</source>
        <translation>内存：{0:.0f} GiB，可用 {1:.0f} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="101"/>
        <source>Free disk space for models and runs: {0:.0f} GiB.</source>
        <translation>存放模型和训练运行的磁盘可用空间：{0:.0f} GiB。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/help.py" line="20"/>
        <source>What Lorasmith does</source>
        <translation>Lorasmith 能做什么</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="21"/>
        <source>It teaches an open language model your examples by training a small add-on, a LoRA adapter, on your own graphics card. The base model stays as it is; the adapter is a small file you can use with it or merge into it.</source>
        <translation>它在你自己的显卡上训练一个小小的附加部件——LoRA 适配器，让开源语言模型学会你的示例。基础模型保持不变；适配器是一个小文件，可以与基础模型一起使用，也可以合并进去。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="29"/>
        <source>1. Models</source>
        <translation>1. 模型</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="30"/>
        <source>Choose the base model to fine-tune. The bundled demo model is tiny and trains on any computer, so you can try everything first.</source>
        <translation>选择要微调的基础模型。自带的演示模型非常小，在任何电脑上都能训练，可以先用它把所有功能试一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="37"/>
        <source>2. Dataset</source>
        <translation>2. 数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="38"/>
        <source>Open or drop your examples (JSON, JSONL, CSV, Parquet or text). The preview shows each example exactly as it will be trained: the coloured parts are what the model learns to write.</source>
        <translation>打开或拖入你的示例（JSON、JSONL、CSV、Parquet 或文本）。预览会按训练时的样子显示每个示例：带颜色的部分就是模型要学着写出的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="45"/>
        <source>3. Train</source>
        <translation>3. 训练</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="46"/>
        <source>The main settings are at the top, each explained under it; the rest are under Advanced. Point at any setting to read what it does. Press Start training (F5).</source>
        <translation>主要设置在最上方，每项下面都有说明；其余设置在“高级”里。把鼠标指向任一设置即可查看它的作用。然后点“开始训练”（F5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="53"/>
        <source>4. Monitor</source>
        <translation>4. 监控</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="54"/>
        <source>Watch the loss fall. The training loss should go down; the validation loss (on examples the model does not learn from) should go down too. When validation loss rises while training loss keeps falling, the model is memorising: stop, or train for fewer epochs next time. Warnings appear on the curve and in the list beside it, with what to do. Stop saves the adapter so far.</source>
        <translation>观察损失下降。训练损失应当下降；验证损失（在模型不学习的示例上计算）也应当下降。如果验证损失上升而训练损失仍在下降，说明模型在死记硬背：请停止训练，或下次减少训练轮数。警告会标在曲线上并列在旁边，附有处理建议。“停止”会保存到目前为止的适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="63"/>
        <source>When a value becomes NaN</source>
        <translation>当数值变成 NaN 时</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="64"/>
        <source>If the loss, the gradient norm or the validation loss becomes NaN or infinite, the run stops at that step as failed and saves nothing broken; the message says which value, why it is likely (fp16 on cards without bf16, a high learning rate, a model known to overflow) and what to try. Resume with learning rate X continues from the last good checkpoint at half the rate.</source>
        <translation>如果损失、梯度范数或验证损失变成 NaN 或无穷大，运行会在那一步以失败结束，不保存任何出错的内容；消息会说明是哪个数值、可能的原因（不支持 bf16 的显卡上用 fp16、学习率过高、已知会溢出的模型）以及可以尝试的办法。“以学习率 X 继续训练”会以一半的学习率从最后一个正常的检查点继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="73"/>
        <source>5. Test</source>
        <translation>5. 测试</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="74"/>
        <source>Ask the model questions with and without your adapter to see what it learned, then export it.</source>
        <translation>分别在使用和不使用适配器的情况下向模型提问，看看它学到了什么，然后导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="79"/>
        <source>The chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="80"/>
        <source>A run saves the template its examples were written in as template.jinja in its folder: the model&apos;s own chat template, the format file&apos;s layout, or, for a base model without one, Lorasmith&apos;s Alpaca layout for Alpaca rows and ChatML otherwise (plain text has none). The Test screen, perplexity and every export use that same template, and answers end where it ends a turn. The Runs screen shows which one a run used.</source>
        <translation>每次运行都会把写出训练样本所用的模板保存为运行文件夹中的 template.jinja：模型自带的对话模板、格式文件的版式，或者在基础模型没有模板时，Alpaca 行使用 Lorasmith 的 Alpaca 版式，其余使用 ChatML（纯文本没有模板）。测试界面、困惑度和每种导出都使用同一个模板，回答会在模板结束一轮对话的地方停止。运行界面会显示每次运行用的是哪一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="90"/>
        <source>Best and last</source>
        <translation>最佳与最后</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="91"/>
        <source>Last is what the run ended with. Best is the checkpoint with the lowest validation loss; it is kept however many older checkpoints are deleted. After early stopping the best comes first in the Test screen. Stopping a run, by you or by a stop setting, saves a checkpoint at that step.</source>
        <translation>“最后”是运行结束时的适配器。“最佳”是验证损失最低的检查点；无论删除多少旧检查点，它都会保留。提前停止后，测试页面会先选中最佳的那个。停止运行（无论是你手动停止还是停止设置触发）都会在那一步保存一个检查点。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="99"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="100"/>
        <source>Every run keeps its settings, curves, checkpoints and adapter in its own folder. Open a run to see its curves again, select two to compare them, resume a stopped run, or copy its settings.</source>
        <translation>每次运行都把设置、曲线、检查点和适配器保存在自己的文件夹里。打开一次运行可重新查看曲线；选中两次运行可对比；已停止的运行可以继续训练，也可以复制它的设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="107"/>
        <source>Keyboard</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="108"/>
        <source>Ctrl+1 to Ctrl+6: screens · F5: start training · Shift+F5: stop · Ctrl+O: open · Ctrl+S: save · F1: this help · Ctrl+Q: quit</source>
        <translation>Ctrl+1 至 Ctrl+6：切换页面 · F5：开始训练 · Shift+F5：停止 · Ctrl+O：打开 · Ctrl+S：保存 · F1：本帮助 · Ctrl+Q：退出</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="120"/>
        <source>Lorasmith help</source>
        <translation>Lorasmith 帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="125"/>
        <source>Fine-tune an open language model with a 4-bit LoRA on your own GPU, without writing code.</source>
        <translation>在你自己的 GPU 上用 4-bit LoRA 微调开源语言模型，无需编写代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="128"/>
        <source>Licensed under the Apache License 2.0. Built with Qt (PySide6, LGPL), pyqtgraph, PyTorch, Hugging Face Transformers and PEFT, and bitsandbytes.</source>
        <translation>以 Apache License 2.0 授权。基于 Qt（PySide6，LGPL）、pyqtgraph、PyTorch、Hugging Face Transformers 与 PEFT，以及 bitsandbytes 构建。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/help.py" line="139"/>
        <source>Lorasmith help</source>
        <translation>Lorasmith 帮助</translation>
    </message>
</context>
<context>
    <name>HyperparameterWizard</name>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="82"/>
        <source>Settings wizard</source>
        <translation>设置向导</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="90"/>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
</context>
<context>
    <name>LengthHistogram</name>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="165"/>
        <source>tokens per row</source>
        <translation>每行的 token 数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="103"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="37"/>
        <source>Measure token lengths</source>
        <translation>统计 token 长度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="40"/>
        <source>Count the tokens of every row with the chosen model&apos;s tokenizer. Large datasets take a while; you can keep working meanwhile.</source>
        <translation>用所选模型的分词器计算每一行的 token 数。大数据集需要一些时间，期间可以继续操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="62"/>
        <source>Open a dataset to see how long its rows are in tokens.</source>
        <translation>打开数据集后，这里会显示每行有多少 token。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="95"/>
        <source>Median {0} tokens, 95% of {1} at or under {2}, longest {3}. Cutoff: {4} tokens.</source>
        <translation>中位数 {0} 个 token，95% 的{1}不超过 {2} 个，最长 {3} 个。截断长度：{4} 个 token。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/histogram.py" line="111"/>
        <source>%n chunk(s) ({0}) will be truncated</source>
        <translation>
            <numerusform>%n 块（{0}）会被截断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/histogram.py" line="112"/>
        <source>%n row(s) ({0}) will be truncated</source>
        <translation>
            <numerusform>%n 行（{0}）会被截断</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="157"/>
        <source>cutoff {0}</source>
        <translation>截断 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="103"/>
        <source>chunks</source>
        <translation>块</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="165"/>
        <source>tokens per chunk</source>
        <translation>每块的 token 数</translation>
    </message>
</context>
<context>
    <name>LoadingMixin</name>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="73"/>
        <source>Open a dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="75"/>
        <source>Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;All files (*)</source>
        <translation>数据集 (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="94"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="104"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="157"/>
        <source>Reading was cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="209"/>
        <source>%n character(s) of text</source>
        <translation>%n 个字符的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="211"/>
        <source>(%n file(s))</source>
        <translation>（%n 个文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="221"/>
        <source>Click Measure to count the tokens of every chunk.</source>
        <translation>点击“统计 token 长度”计算每一块的 token 数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="237"/>
        <source>This dataset has %n row(s). Click Measure to count the tokens of every row.</source>
        <translation>这个数据集有 %n 行。点击“统计 token 长度”计算每一行的 token 数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="261"/>
        <source>This file cannot be used:</source>
        <translation>无法使用这个文件：</translation>
    </message>
</context>
<context>
    <name>LocalModelsPanel</name>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="66"/>
        <source>No models yet. Download one from the Find models tab, or import a model folder you already have.</source>
        <translation>还没有模型。可以在“查找模型”标签页下载一个，或导入你已有的模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="86"/>
        <source>Use for training</source>
        <translation>用于训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="87"/>
        <source>Choose this model as the base model in the Train screen.</source>
        <translation>在“训练”页面中把这个模型设为基础模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="89"/>
        <source>Resume download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="91"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="93"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="96"/>
        <source>Delete the model&apos;s files (Delete key). An imported model is only forgotten; its folder is left alone.</source>
        <translation>删除模型的文件（Delete 键）。导入的模型只会从列表中移除，它的文件夹保持不动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="100"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="102"/>
        <source>Add a model folder you already have. It stays where it is and is never changed.</source>
        <translation>添加你已有的模型文件夹。它留在原处，不会被修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="127"/>
        <source>Models folder: {0}</source>
        <translation>模型文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="147"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="149"/>
        <source>Ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="153"/>
        <source>Unfinished download ({0}%)</source>
        <translation>下载未完成（{0}%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="154"/>
        <source>Unfinished download</source>
        <translation>下载未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="155"/>
        <source>Not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="159"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="161"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="162"/>
        <source>Copied in</source>
        <translation>手动复制</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="195"/>
        <source>This download has not finished, so the model cannot be used yet. Resume it to continue where it stopped.</source>
        <translation>这个下载还没有完成，所以模型暂时不能使用。继续下载即可从中断处接着下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="201"/>
        <source>Not usable: {0}</source>
        <translation>不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="227"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="241"/>
        <source>Could not import {0}: {1}</source>
        <translation>无法导入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="247"/>
        <source>Imported {0}; it stays in {1}.</source>
        <translation>已导入 {0}；它仍在 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="255"/>
        <source>Forget {0}? Its folder {1} is left as it is.</source>
        <translation>从列表中移除 {0}？它的文件夹 {1} 会保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="257"/>
        <source>Delete {0} and its {1} of files? This cannot be undone.</source>
        <translation>删除 {0} 及其 {1} 的文件？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="261"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="263"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="280"/>
        <source>Deleted {0}.</source>
        <translation>已删除 {0}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="55"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="58"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="64"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="66"/>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="68"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="69"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/hardware_probe.py" line="30"/>
        <source>No NVIDIA GPU found: training runs on the CPU (slow)</source>
        <translation>未找到 NVIDIA GPU：将在 CPU 上训练（较慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/screenshots.py" line="76"/>
        <location filename="../../desktop/workers/hardware_probe.py" line="35"/>
        <source>{0} · {1:.1f} GiB of {2:.1f} GiB VRAM free</source>
        <translation>{0} · VRAM 可用 {1:.1f} GiB / 共 {2:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="45"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="47"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="50"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="76"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="79"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="80"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="81"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="90"/>
        <location filename="../../desktop/window_menus.py" line="143"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="93"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="102"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="103"/>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="105"/>
        <source>S&amp;top (save the adapter so far)</source>
        <translation>停止(&amp;T)（保存目前的适配器）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="107"/>
        <source>&amp;Kill</source>
        <translation>强制结束(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="111"/>
        <source>Settings &amp;wizard…</source>
        <translation>设置向导(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="117"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="119"/>
        <source>&amp;Getting started wizard…</source>
        <translation>入门向导(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="125"/>
        <source>Lorasmith &amp;help</source>
        <translation>Lorasmith 帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="128"/>
        <source>&amp;About Lorasmith</source>
        <translation>关于 Lorasmith(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="121"/>
        <source>Training finished. The adapter is in {0}</source>
        <translation>训练完成。适配器保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="167"/>
        <source>Training failed: {0}</source>
        <translation>训练失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="47"/>
        <source>Could not create the run folder</source>
        <translation>无法创建运行文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="61"/>
        <source>Could not retry</source>
        <translation>无法重试</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="66"/>
        <source>Nothing left to make smaller</source>
        <translation>已无法再缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="67"/>
        <source>These settings are already the smallest the planner knows. Choose a smaller model or a shorter cutoff length.</source>
        <translation>这些设置已是规划器能给出的最小值。请选择更小的模型或更短的截断长度。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="99"/>
        <source>Could not resume</source>
        <translation>无法继续训练</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="103"/>
        <source>Resuming with learning rate {0} (it was {1})</source>
        <translation>以学习率 {0} 继续训练（原为 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="117"/>
        <source>Nothing to resume: this run already reached its last step, and nothing was changed.</source>
        <translation>无需继续：这次运行已经到达最后一步，没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="131"/>
        <source>Could not start training</source>
        <translation>无法开始训练</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="152"/>
        <source>Stopping after this step…</source>
        <translation>本步完成后停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="163"/>
        <source>Training: step {0} of {1}</source>
        <translation>训练中：第 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="178"/>
        <source>Training stopped because of a bug</source>
        <translation>训练因程序缺陷而停止</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="179"/>
        <source>{0}

This is a bug in Lorasmith, not in your data or settings. Please send {1} with a report; the last checkpoint, if any, can be resumed from the Runs screen.</source>
        <translation>{0}

这是 Lorasmith 的程序缺陷，不是你的数据或设置的问题。请在报告中附上 {1}；如果有最近的检查点，可以在“运行记录”页面继续训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="198"/>
        <source>The training process stopped unexpectedly</source>
        <translation>训练进程意外停止</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="199"/>
        <source>It ended with exit code {0} without saying why. The app is fine; the last checkpoint, if any, can be resumed from the Runs screen.</source>
        <translation>它以退出代码 {0} 结束，没有说明原因。本程序仍在正常运行；如果有最近的检查点，可以在“运行记录”页面继续训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="225"/>
        <source>A run is going: {0} is shown over it for comparison</source>
        <translation>正在训练中：{0} 已叠加显示以便对比</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="144"/>
        <source>The new language is used the next time Lorasmith starts.</source>
        <translation>新语言将在下次启动 Lorasmith 时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="148"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="149"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="172"/>
        <source>About Lorasmith</source>
        <translation>关于 Lorasmith</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>The settings wizard&apos;s proposal is in the form; check it and press Start training.</source>
        <translation>设置向导的建议已填入表单；请检查后按“开始训练”。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="306"/>
        <source>A training run is going</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="307"/>
        <source>What should happen to the run?</source>
        <translation>要如何处理这次训练？</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="313"/>
        <source>Stop saves the adapter trained so far; the window closes when it is saved. Kill ends the run at once; you can resume it later from its last checkpoint.</source>
        <translation>“停止”会保存目前训练好的适配器，保存完成后窗口关闭。“强制结束”会立即结束训练；之后可以从最近的检查点继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="318"/>
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="319"/>
        <source>Kill and quit</source>
        <translation>强制结束并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="320"/>
        <source>Keep training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="328"/>
        <source>Stopping… the window closes when the adapter is saved.</source>
        <translation>正在停止…适配器保存后窗口将关闭。</translation>
    </message>
</context>
<context>
    <name>ModelDetailsPane</name>
    <message>
        <location filename="../../desktop/views/models/details.py" line="81"/>
        <source>Choose a model</source>
        <translation>选择一个模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="90"/>
        <source>Select a recommended model or search the Hub; its size, licence and whether it fits your graphics card appear here.</source>
        <translation>选择一个推荐模型或在 Hub 上搜索；它的大小、许可证以及是否适合你的显卡会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="99"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="100"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="101"/>
        <source>Download size</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="102"/>
        <source>Free disk space</source>
        <translation>可用磁盘空间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="103"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="104"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="105"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="106"/>
        <source>Your graphics card</source>
        <translation>你的显卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="126"/>
        <source>Allow this model&apos;s custom code (I trust the publisher)</source>
        <translation>允许这个模型的自定义代码（我信任发布者）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="139"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="142"/>
        <source>Download what training needs into the models folder. A stopped download continues where it left off.</source>
        <translation>把训练所需的文件下载到模型文件夹。停下的下载会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="146"/>
        <source>Open model page</source>
        <translation>打开模型页面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="148"/>
        <source>Open the model&apos;s page on the Hub in your browser (to read its card or accept its licence).</source>
        <translation>在浏览器中打开模型在 Hub 上的页面（阅读模型卡或接受许可证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="185"/>
        <location filename="../../desktop/views/models/details.py" line="259"/>
        <source>Yes: Lorasmith can train this architecture.</source>
        <translation>可以：Lorasmith 能训练这种架构。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="192"/>
        <source>Needs a card with about {0} GB of VRAM at the default settings.</source>
        <translation>按默认设置需要约 {0} GB VRAM 的显卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="198"/>
        <location filename="../../desktop/views/models/details.py" line="238"/>
        <location filename="../../desktop/views/models/details.py" line="246"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="209"/>
        <source>Offline mode: these details come from the list shipped with Lorasmith.</source>
        <translation>离线模式：这些信息来自 Lorasmith 自带的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="211"/>
        <source>Offline mode is on: turn it off in the Settings tab to look this model up on the Hub.</source>
        <translation>离线模式已开启：在“设置”标签页中关闭它，才能在 Hub 上查询这个模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="217"/>
        <source>Looking up {0} on the Hub…</source>
        <translation>正在 Hub 上查询 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="241"/>
        <source>{0} (estimated from the file size)</source>
        <translation>{0}（根据文件大小估算）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/models/details.py" line="244"/>
        <source>{0} in %n file(s)</source>
        <translation>
            <numerusform>{0}，共 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="252"/>
        <source>{0}: not enough for this model. Free up space or choose another models folder in the Settings tab.</source>
        <translation>{0}：不够存放这个模型。请释放空间，或在“设置”标签页中选择其他模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="256"/>
        <source>not stated; read the model card</source>
        <translation>未注明；请阅读模型卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="261"/>
        <source>Only with the model&apos;s custom code (see below).</source>
        <translation>只能借助模型的自定义代码（见下方）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="264"/>
        <source>No: Lorasmith cannot train this architecture (&apos;{0}&apos;). It trains decoder-only text models such as Llama, Qwen, Mistral, Gemma and Phi.</source>
        <translation>不能：Lorasmith 无法训练这种架构（“{0}”）。它训练的是 Llama、Qwen、Mistral、Gemma 和 Phi 这类仅解码器的文本模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="272"/>
        <source>This model needs custom code: its architecture (&apos;{0}&apos;) is defined by Python files in its repository, which would run on your computer with your permissions when the model loads. Lorasmith refuses it unless you allow it here.</source>
        <translation>这个模型需要自定义代码：它的架构（“{0}”）由仓库中的 Python 文件定义，加载模型时这些代码会以你的权限在你的电脑上运行。除非你在这里允许，否则 Lorasmith 会拒绝它。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="284"/>
        <source>This repository has no model weights Lorasmith can use (safetensors). It may hold only GGUF, ONNX or adapter files; pick the original model.</source>
        <translation>这个仓库没有 Lorasmith 能用的模型权重（safetensors）。它可能只有 GGUF、ONNX 或适配器文件；请选择原始模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="295"/>
        <source>Gated: open the model page and accept the licence first; downloading then needs your access token.</source>
        <translation>受限：请先打开模型页面并接受许可证；之后下载需要你的访问令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="298"/>
        <source>No token is saved yet (Settings tab).</source>
        <translation>还没有保存令牌（“设置”标签页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="300"/>
        <source>Private: needs an access token that can read it.</source>
        <translation>私有：需要能读取它的访问令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="302"/>
        <source>Open: no account needed.</source>
        <translation>公开：不需要账号。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="308"/>
        <source>Unknown until you have access: the model&apos;s settings are gated.</source>
        <translation>获得访问权限之前无法得知：模型的设置文件受限。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="310"/>
        <source>Unknown: the model&apos;s config.json does not describe its size.</source>
        <translation>未知：模型的 config.json 没有描述它的规模。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="314"/>
        <source>No NVIDIA graphics card found, so training would run on the processor (slow above 1B parameters). On a card it needs about {0:.1f} GiB at the default settings.</source>
        <translation>没有找到 NVIDIA 显卡，训练将在处理器上运行（超过 1B 参数会很慢）。在显卡上按默认设置约需 {0:.1f} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="319"/>
        <source>Fits: about {0:.1f} GiB at the default settings; {1:.1f} GiB is free on {2}.</source>
        <translation>放得下：按默认设置约需 {0:.1f} GiB；{2} 上有 {1:.1f} GiB 可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="324"/>
        <source>Fits with smaller settings: the defaults need about {0:.1f} GiB and {1:.1f} GiB is free on {2}; the wizard lowers the batch or the cutoff length to about {3:.1f} GiB.</source>
        <translation>调小设置后放得下：默认设置约需 {0:.1f} GiB，而 {2} 上有 {1:.1f} GiB 可用；向导会降低批大小或截断长度，使其约需 {3:.1f} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="329"/>
        <source>Too big for {2}: even the smallest settings need about {0:.1f} GiB and {1:.1f} GiB is free. Choose a smaller model.</source>
        <translation>对 {2} 来说太大：即使最小的设置也约需 {0:.1f} GiB，而可用的只有 {1:.1f} GiB。请选择更小的模型。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="63"/>
        <source>Choose a base model</source>
        <translation>选择基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="69"/>
        <source>Use a model folder…</source>
        <translation>使用模型文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="72"/>
        <source>A folder with a model&apos;s config.json, tokenizer and safetensors weights, for example one you downloaded before</source>
        <translation>包含模型 config.json、分词器和 safetensors 权重的文件夹，例如你之前下载过的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="86"/>
        <source>The base model is the language model your LoRA adapter will change. Models that fit your graphics card come first; a bigger model learns more but needs more memory and time. The tiny demo model trains in a minute, even without a graphics card, to show how it all works.</source>
        <translation>基础模型就是你的 LoRA 适配器要改变的语言模型。适合你显卡的模型排在前面；模型越大学得越多，但需要更多显存和时间。小小的演示模型一分钟就能训练完，即使没有显卡也行，用来展示整个流程。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="105"/>
        <source>On this computer</source>
        <translation>这台电脑上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="107"/>
        <source>Demo model (bundled)</source>
        <translation>演示模型（自带）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="108"/>
        <source>Tiny: learns a style in about a minute, even on the processor; not for real work.</source>
        <translation>很小：大约一分钟就能学会一种风格，处理器上也行；不适合实际使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="117"/>
        <source>Your folder: {0}</source>
        <translation>你的文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="123"/>
        <source>Recommended, to download in the Models screen first</source>
        <translation>推荐模型，需先在“模型”页面下载</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="125"/>
        <source>Recommended, not downloaded yet (their settings are read from the Hub)</source>
        <translation>推荐模型，尚未下载（从 Hub 读取它们的配置）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="137"/>
        <source>needs an NVIDIA card with {0} GB</source>
        <translation>需要 {0} GB 的 NVIDIA 显卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="139"/>
        <source>fits your card</source>
        <translation>适合你的显卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="141"/>
        <source>needs a card with {0} GB; yours has {1:.0f} GB</source>
        <translation>需要 {0} GB 的显卡；你的显卡有 {1:.0f} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="142"/>
        <source>{0} billion parameters · {1:.1f} GB download</source>
        <translation>{0}B 参数 · 下载 {1:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="240"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="246"/>
        <source>No config.json in {0}: choose the folder that holds the model&apos;s files.</source>
        <translation>{0} 中没有 config.json：请选择存放模型文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="269"/>
        <source>This model&apos;s config.json cannot be read.</source>
        <translation>无法读取这个模型的 config.json。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="275"/>
        <source>Reading {0}&apos;s settings from the Hub…</source>
        <translation>正在从 Hub 读取 {0} 的配置…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="288"/>
        <source>Could not read the model&apos;s settings from the Hub: {0} Download it in the Models screen, or choose a model folder.</source>
        <translation>无法从 Hub 读取模型配置：{0} 请在“模型”页面下载它，或选择一个模型文件夹。</translation>
    </message>
</context>
<context>
    <name>ModelSearchPanel</name>
    <message>
        <location filename="../../desktop/views/models/search.py" line="85"/>
        <source>Search the Hub by name, or paste owner/name</source>
        <translation>按名称搜索 Hub，或粘贴 owner/name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="87"/>
        <source>A name searches the Hub. owner/name or a model page address opens that model&apos;s details too.</source>
        <translation>输入名称会搜索 Hub。输入 owner/name 或模型页面地址还会直接打开该模型的详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="90"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="91"/>
        <source>Search the Hub (Enter).</source>
        <translation>搜索 Hub（Enter）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="93"/>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="94"/>
        <source>The base models Lorasmith suggests, from 0.5B to 14B parameters.</source>
        <translation>Lorasmith 推荐的基础模型，参数量从 0.5B 到 14B。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="125"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="126"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="127"/>
        <source>Download</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="128"/>
        <source>Card</source>
        <translation>显卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="129"/>
        <source>Downloads</source>
        <translation>下载次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="130"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="131"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="135"/>
        <source>Size of the files Lorasmith downloads (≈: from the parameter count).</source>
        <translation>Lorasmith 要下载的文件大小（≈：根据参数量推算）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="136"/>
        <source>The smallest graphics card (VRAM) that trains it at the default settings.</source>
        <translation>按默认设置能训练它的最小显卡（VRAM）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="137"/>
        <source>Downloads on the Hub in the last month.</source>
        <translation>最近一个月在 Hub 上的下载次数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="155"/>
        <source>Recommended base models: small instruct models from the common families. Select one to see whether it fits your card.</source>
        <translation>推荐的基础模型：来自常见系列的小型指令模型。选择一个，看看它是否适合你的显卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="169"/>
        <source>{0} GB</source>
        <translation>{0} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="172"/>
        <location filename="../../desktop/views/models/search.py" line="232"/>
        <source>Gated</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="172"/>
        <location filename="../../desktop/views/models/search.py" line="232"/>
        <source>Open</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="199"/>
        <source>Hub models matching “{0}”: text generation, safetensors weights, for transformers; most downloaded first.</source>
        <translation>Hub 上匹配“{0}”的模型：文本生成、safetensors 权重、适用于 transformers；下载最多的排在前面。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="207"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/models/search.py" line="237"/>
        <source>%n model(s) found. Select one for its details.</source>
        <translation>
            <numerusform>找到 %n 个模型。选择一个查看详情。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="243"/>
        <source>No text-generation models with safetensors weights match “{0}”. Try a shorter name, such as the model family.</source>
        <translation>没有带 safetensors 权重的文本生成模型匹配“{0}”。试试更短的名称，比如模型系列名。</translation>
    </message>
</context>
<context>
    <name>ModelsErrors</name>
    <message>
        <location filename="../../desktop/views/models/common.py" line="98"/>
        <source>this model</source>
        <translation>这个模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="173"/>
        <source>Offline mode is on, so Lorasmith does not contact the Hub. Turn it off in the Settings tab (and unset HF_HUB_OFFLINE) to search or download.</source>
        <translation>离线模式已开启，Lorasmith 不会连接 Hub。要搜索或下载，请在“设置”标签页中关闭它（并取消设置 HF_HUB_OFFLINE）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="178"/>
        <source>Cannot reach the Hub. Check your internet connection and try again. If the Hub is blocked where you are, set a mirror such as {0} as the Hub endpoint in the Settings tab.</source>
        <translation>无法连接 Hub。请检查网络连接后重试。如果你所在的地方无法访问 Hub，请在“设置”标签页中把 {0} 之类的镜像设为 Hub 地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="119"/>
        <source>{0} is gated and your account has not been given access yet. Open the model page, sign in with the account your token belongs to and accept the licence. Some publishers approve requests by hand, which can take a while.</source>
        <translation>{0} 是受限模型，你的账号还没有获得访问权限。请打开模型页面，用令牌所属的账号登录并接受许可证。有些发布者会人工审批申请，可能需要一段时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="126"/>
        <source>{0} is gated: open the model page, sign in and accept the licence, then save your Hugging Face access token in the Settings tab and try again.</source>
        <translation>{0} 是受限模型：请打开模型页面，登录并接受许可证，然后在“设置”标签页中保存你的 Hugging Face 访问令牌，再重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="185"/>
        <source>The Hub asks you to sign in to read {0}. Save a Hugging Face access token in the Settings tab and try again.</source>
        <translation>Hub 要求登录后才能读取 {0}。请在“设置”标签页中保存 Hugging Face 访问令牌，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="189"/>
        <source>The Hub refused your access token: it is wrong or has expired. Make a new read token on the Hub (your account&apos;s Settings &gt; Access Tokens) and save it in the Settings tab.</source>
        <translation>Hub 拒绝了你的访问令牌：它有误或已过期。请在 Hub 上新建一个只读令牌（账号的 Settings &gt; Access Tokens），并在“设置”标签页中保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="195"/>
        <source>Your access token may not read {0}. Use a token with read access (a fine-grained token needs read access to this repository or to public gated repositories).</source>
        <translation>你的访问令牌无权读取 {0}。请使用有读取权限的令牌（细粒度令牌需要对这个仓库或公开的受限仓库有读取权限）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="135"/>
        <source>There is no model called {0} on {1}. Check the spelling (owner/name, as on the model page).</source>
        <translation>{1} 上没有名为 {0} 的模型。请检查拼写（owner/name，与模型页面上一致）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="140"/>
        <source>If it is private, save an access token that can read it.</source>
        <translation>如果它是私有模型，请保存能读取它的访问令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="202"/>
        <source>{0} has no such branch, tag or commit; check the revision on the model page.</source>
        <translation>{0} 没有这个分支、标签或提交；请在模型页面上核对版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="147"/>
        <source>The Hub is limiting requests from your connection. Wait about {0} seconds and try again; signing in with an access token raises the limit.</source>
        <translation>Hub 正在限制来自你网络的请求。请等待约 {0} 秒后重试；使用访问令牌登录可以提高限额。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="153"/>
        <source>The Hub is limiting requests from your connection. Wait a few minutes and try again; signing in with an access token raises the limit.</source>
        <translation>Hub 正在限制来自你网络的请求。请等几分钟后重试；使用访问令牌登录可以提高限额。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="206"/>
        <source>The Hub had a server error. Try again in a few minutes.</source>
        <translation>Hub 服务器出错。请几分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="163"/>
        <source>There is not enough free disk space in {0} for {1} (only {2} free; Lorasmith also keeps 1 GB spare). Free up space or choose another models folder in the Settings tab.</source>
        <translation>{0} 中没有足够的可用磁盘空间存放 {1}（只有 {2} 可用；Lorasmith 还会保留 1 GB 余量）。请释放空间，或在“设置”标签页中选择其他模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="208"/>
        <source>The disk ran out of space while saving {0}. Free up space or choose another models folder in the Settings tab, then resume the download.</source>
        <translation>保存 {0} 时磁盘空间用完了。请释放空间，或在“设置”标签页中选择其他模型文件夹，然后继续下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="213"/>
        <source>Lorasmith may not write to the models folder. Choose a folder you own in the Settings tab, then try again.</source>
        <translation>Lorasmith 没有权限写入模型文件夹。请在“设置”标签页中选择一个你有权限的文件夹，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="217"/>
        <source>The connection to the Hub was lost and did not come back. What was downloaded is kept: press Resume to continue.</source>
        <translation>与 Hub 的连接中断且没有恢复。已下载的部分会保留：点“继续”接着下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="222"/>
        <source>Stopped. Press Resume to continue where it left off.</source>
        <translation>已停止。点“继续”可从中断处接着下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="223"/>
        <source>{0} needs custom code to load: its architecture is defined by Python files in its repository, which would run on your computer with your permissions. Allow custom code in the details pane only if you trust the publisher.</source>
        <translation>{0} 需要自定义代码才能加载：它的架构由仓库中的 Python 文件定义，这些代码会以你的权限在你的电脑上运行。只有信任发布者时，才在详情面板中允许自定义代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="231"/>
        <source>{0} has no weights Lorasmith can use (safetensors). It may hold only GGUF, ONNX or adapter files; pick the original model.</source>
        <translation>{0} 没有 Lorasmith 能用的权重（safetensors）。它可能只有 GGUF、ONNX 或适配器文件；请选择原始模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="236"/>
        <source>A file of {0} arrived damaged and was deleted. Try again; if it keeps happening, your connection or mirror is altering files.</source>
        <translation>{0} 的一个文件下载后损坏，已被删除。请重试；如果反复出现，说明你的网络或镜像在篡改文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="241"/>
        <source>{0} is being downloaded (here, in another window or by a command). Wait for it to finish or stop it there.</source>
        <translation>{0} 正在下载中（在这里、另一个窗口或某个命令中）。请等它完成，或在那里停止它。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="245"/>
        <source>The Hub endpoint is not a web address. It looks like https://huggingface.co or a mirror such as {0}.</source>
        <translation>Hub 地址不是网址。它应类似 https://huggingface.co 或 {0} 这样的镜像。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="249"/>
        <source>&apos;{0}&apos; is not a model name; use the form owner/name as shown on the model page, for example Qwen/Qwen2.5-0.5B-Instruct.</source>
        <translation>“{0}”不是模型名称；请使用模型页面上显示的 owner/name 形式，例如 Qwen/Qwen2.5-0.5B-Instruct。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="254"/>
        <source>This computer has no secure password store to keep the token in. Set the HF_TOKEN environment variable instead.</source>
        <translation>这台电脑没有可以保存令牌的安全密码库。请改用 HF_TOKEN 环境变量。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="259"/>
        <source>The access token is empty: paste the token from your Hugging Face account page (Settings &gt; Access Tokens).</source>
        <translation>访问令牌为空：请从你的 Hugging Face 账号页面（Settings &gt; Access Tokens）粘贴令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="267"/>
        <source>{0} only has pickle weights (.bin files), which can run code on your computer when loaded. Allow pickle weights in the Settings tab only if you trust the publisher.</source>
        <translation>{0} 只有 pickle 权重（.bin 文件），加载时可能在你的电脑上运行代码。只有信任发布者时，才在“设置”标签页中允许 pickle 权重。</translation>
    </message>
</context>
<context>
    <name>ModelsSettingsPanel</name>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="80"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="82"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="89"/>
        <source>Downloaded models go here, each in its own folder. Leave it empty for the default folder.</source>
        <translation>下载的模型放在这里，每个模型一个文件夹。留空则使用默认文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="98"/>
        <source>Leave it empty for {0}. Where the Hub is slow or blocked, a mirror such as {1} works the same way. The HF_ENDPOINT environment variable is honoured too.</source>
        <translation>留空则使用 {0}。如果 Hub 很慢或无法访问，可以用 {1} 这样的镜像，用法相同。也支持 HF_ENDPOINT 环境变量。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="104"/>
        <source>Offline mode: never contact the Hub (only models on this computer)</source>
        <translation>离线模式：从不连接 Hub（只用本机上的模型）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="106"/>
        <source>Allow pickle weights (.bin files) for models that have no safetensors</source>
        <translation>对没有 safetensors 的模型允许 pickle 权重（.bin 文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="109"/>
        <source>Pickle files can run code on your computer when they are loaded. Allow them only for publishers you trust.</source>
        <translation>pickle 文件在加载时可能在你的电脑上运行代码。只对你信任的发布者允许。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="115"/>
        <source>Where models come from and go</source>
        <translation>模型的来源和存放位置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="118"/>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="119"/>
        <source>Hub endpoint</source>
        <translation>Hub 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="130"/>
        <source>hf_… (paste a read token)</source>
        <translation>hf_…（粘贴只读令牌）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="132"/>
        <source>Save token</source>
        <translation>保存令牌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="134"/>
        <source>Forget token</source>
        <translation>删除令牌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="136"/>
        <source>Make a token…</source>
        <translation>创建令牌…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="137"/>
        <source>Open the Hub&apos;s access token page in your browser.</source>
        <translation>在浏览器中打开 Hub 的访问令牌页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="146"/>
        <source>Needed for gated models (accept the licence on the model page first) and private ones. The token is kept in your system&apos;s password store (keyring), never in Lorasmith&apos;s files.</source>
        <translation>受限模型（请先在模型页面接受许可证）和私有模型需要它。令牌保存在系统的密码库（keyring）中，绝不会写入 Lorasmith 的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="154"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="202"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="212"/>
        <source>Choose the models folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="229"/>
        <source>Using the token in the HF_TOKEN environment variable (it wins over a saved one).</source>
        <translation>正在使用 HF_TOKEN 环境变量中的令牌（它优先于已保存的令牌）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="231"/>
        <source>A token is saved in your system&apos;s password store.</source>
        <translation>系统的密码库中已保存了一个令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="233"/>
        <source>No token saved. Public models need none.</source>
        <translation>没有保存令牌。公开模型不需要令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="247"/>
        <source>Token saved in your system&apos;s password store.</source>
        <translation>令牌已保存到系统的密码库。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="256"/>
        <source>Token removed from your system&apos;s password store.</source>
        <translation>令牌已从系统的密码库中删除。</translation>
    </message>
</context>
<context>
    <name>ModelsText</name>
    <message>
        <location filename="../../desktop/views/models/common.py" line="61"/>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="64"/>
        <source>{0} s left</source>
        <translation>还剩 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="66"/>
        <source>{0} min left</source>
        <translation>还剩 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="67"/>
        <source>{0} h {1} min left</source>
        <translation>还剩 {0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="71"/>
        <source>{0}/s</source>
        <translation>{0}/秒</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <location filename="../../desktop/views/models/view.py" line="69"/>
        <source>Base models</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="76"/>
        <source>Find a model, check that it fits your graphics card, and download it. Downloads continue where they stopped.</source>
        <translation>查找模型，确认它适合你的显卡，然后下载。下载会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="44"/>
        <source>Find models</source>
        <translation>查找模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="45"/>
        <location filename="../../desktop/views/models/view.py" line="132"/>
        <source>On this computer</source>
        <translation>本机模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="46"/>
        <location filename="../../desktop/views/models/view.py" line="135"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="47"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="110"/>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="111"/>
        <source>Lorasmith does not contact the Hub; turn it off in the Settings tab.</source>
        <translation>Lorasmith 不会连接 Hub；可在“设置”标签页中关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="132"/>
        <source>On this computer ({0})</source>
        <translation>本机模型（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="135"/>
        <source>Downloads ({0})</source>
        <translation>下载（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="149"/>
        <source>Base model for training: {0}</source>
        <translation>训练用的基础模型：{0}</translation>
    </message>
</context>
<context>
    <name>MonitorView</name>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="104"/>
        <source>No run yet: start one in the Train screen, or open one in Runs.</source>
        <translation>还没有运行：请在“训练”页面开始一次，或在“运行记录”中打开一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="110"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="111"/>
        <source>Stop after the current step and save the adapter so far.</source>
        <translation>完成当前这一步后停止，并保存目前的适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="112"/>
        <source>Kill</source>
        <translation>强制结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="115"/>
        <source>End the training process at once. Nothing since the last checkpoint is kept; you can resume from that checkpoint.</source>
        <translation>立即结束训练进程。最近一个检查点之后的进度不会保留；之后可以从该检查点继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="119"/>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="120"/>
        <source>Retry with smaller settings</source>
        <translation>用更小的设置重试</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="123"/>
        <source>Start a new run with the next smaller settings the planner proposes (a smaller micro batch first).</source>
        <translation>按规划器建议的下一档更小设置开始新的运行（先减小微批次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="147"/>
        <source>Point at a curve to read its values.</source>
        <translation>将鼠标指向曲线即可读取数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="164"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="166"/>
        <source>Show the loss on a logarithmic scale, which spreads out small changes late in training.</source>
        <translation>用对数坐标显示损失，便于看清训练后期的细小变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="169"/>
        <source>Raw loss</source>
        <translation>原始损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="171"/>
        <source>Also draw the loss of every step, not only the smoothed curve.</source>
        <translation>除平滑曲线外，也画出每一步的损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="177"/>
        <source>How strongly the smoothed curve averages recent steps (0: not at all, 0.99: very strongly).</source>
        <translation>平滑曲线对最近各步取平均的强度（0：不平滑，0.99：非常平滑）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="180"/>
        <source>Clear comparison</source>
        <translation>清除对比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="186"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="206"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="207"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="33"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="34"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="35"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="36"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="53"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="54"/>
        <source>Training loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="55"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="269"/>
        <source>Resume with learning rate {0}</source>
        <translation>以学习率 {0} 继续训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="272"/>
        <source>Resume from the checkpoint at step {0}, the last one saved before the values broke, with this lower learning rate written to the run&apos;s settings.</source>
        <translation>从第 {0} 步的检查点（数值出错前保存的最后一个）继续训练，并把这个更低的学习率写入运行的设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="107"/>
        <source>{0}: training loss</source>
        <translation>{0}：训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="114"/>
        <source>{0}: validation loss</source>
        <translation>{0}：验证损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="57"/>
        <location filename="../../desktop/views/monitor/view.py" line="304"/>
        <source>Step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="306"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="319"/>
        <source>Warnings ({0})</source>
        <translation>警告（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="332"/>
        <source>Waiting for the first step…</source>
        <translation>等待第一步…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="335"/>
        <source>Step {0} of {1}</source>
        <translation>第 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="338"/>
        <source>Epoch {0} of {1}</source>
        <translation>轮次 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="339"/>
        <source>Elapsed {0}</source>
        <translation>已用时 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="341"/>
        <source>About {0} left</source>
        <translation>约剩 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="343"/>
        <source>{0} tokens/s</source>
        <translation>{0} token/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="349"/>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="350"/>
        <source>Stopping after this step…</source>
        <translation>本步完成后停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="351"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="352"/>
        <source>Stopped, adapter saved</source>
        <translation>已停止，适配器已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="353"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="354"/>
        <source>Crashed</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="355"/>
        <source>Killed</source>
        <translation>已强制结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="356"/>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="49"/>
        <source>No points yet.</source>
        <translation>还没有数据点。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="58"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="62"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="66"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="68"/>
        <source>(step {0})</source>
        <translation>（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="72"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="75"/>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <location filename="../../desktop/views/train/form.py" line="104"/>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="108"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
</context>
<context>
    <name>PerplexityPanel</name>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="91"/>
        <source>This run&apos;s validation rows</source>
        <translation>这次运行的验证行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="93"/>
        <source>The rows the run held out: only their answers are scored, as in training.</source>
        <translation>这次运行留出的行：和训练时一样，只对回答部分打分。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="95"/>
        <source>A file:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="96"/>
        <source>A .txt file is measured as one long text; a dataset file by its answers.</source>
        <translation>.txt 文件作为一整段长文本来测量；数据集文件则测量其中的回答。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="102"/>
        <source>A .txt or dataset file</source>
        <translation>.txt 或数据集文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="104"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="107"/>
        <source>Measure on:</source>
        <translation>测量对象：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="120"/>
        <source>How many tokens the model sees at once. Longer texts are measured in overlapping windows of this size.</source>
        <translation>模型一次能看到多少个 token。更长的文本会用这个大小的重叠窗口分段测量。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="126"/>
        <source>How far each window moves on. Smaller gives every token more context and takes longer; it must not exceed the window.</source>
        <translation>每个窗口向后移动多远。越小，每个 token 的上下文越多，但越慢；不能超过窗口大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="130"/>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="131"/>
        <source>Measure the base model, the final adapter and every checkpoint.</source>
        <translation>测量基础模型、最终适配器和每个检查点。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="133"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="136"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="138"/>
        <location filename="../../desktop/views/tryout/perplexity.py" line="142"/>
        <source>tokens</source>
        <translation>个 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="140"/>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <location filename="../../desktop/views/tryout/perplexity.py" line="168"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <source>Mean loss</source>
        <translation>平均损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="169"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="172"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="176"/>
        <location filename="../../desktop/views/tryout/perplexity.py" line="267"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="70"/>
        <source>Perplexity is how surprised a model is by a text: lower is better. On held-out rows, a checkpoint lower than the base model learned something that carries over; if later checkpoints rise again, the adapter started memorising its training rows, and an earlier checkpoint is the better one.</source>
        <translation>困惑度表示模型对一段文字有多“意外”：越低越好。在留出的验证行上，比基础模型低的检查点学到了能推广的东西；如果后面的检查点又升高，说明适配器开始死记训练行，较早的检查点更好。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="183"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="212"/>
        <source>The stride must not be larger than the window.</source>
        <translation>步长不能大于窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="218"/>
        <source>Choose the file to measure first.</source>
        <translation>请先选择要测量的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="228"/>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="235"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="240"/>
        <source>Measuring {0}…</source>
        <translation>正在测量{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="251"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="253"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="270"/>
        <source>Final adapter (step {0})</source>
        <translation>最终适配器（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="273"/>
        <source>Checkpoint at step {0}</source>
        <translation>第 {0} 步的检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="293"/>
        <source>{0:+.1%} against the base model</source>
        <translation>相对基础模型 {0:+.1%}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="327"/>
        <source>Saved in the run folder as {0}</source>
        <translation>已保存到运行文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="337"/>
        <source>Text to measure</source>
        <translation>要测量的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="339"/>
        <source>Text and dataset files (*.txt *.json *.jsonl *.csv *.parquet);;All files (*)</source>
        <translation>文本和数据集文件 (*.txt *.json *.jsonl *.csv *.parquet);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="22"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="23"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="24"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="113"/>
        <source>Trained (the model learns it)</source>
        <translation>训练部分（模型学习写出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="114"/>
        <source>Prompt (context, not trained)</source>
        <translation>提示部分（上下文，不训练）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="115"/>
        <source>Past the cutoff (cut off)</source>
        <translation>超出截断长度（被截掉）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="131"/>
        <source>This row cannot be trained: {0}</source>
        <translation>这一行无法训练：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="173"/>
        <source>end-of-text token</source>
        <translation>文本结束符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="193"/>
        <source>{0} characters, {1} of them trained. Choose a model to count tokens.</source>
        <translation>{0} 个字符，其中 {1} 个参与训练。选择模型后可计算 token 数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="197"/>
        <source>{0} tokens, {1} of them trained.</source>
        <translation>{0} 个 token，其中 {1} 个参与训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="199"/>
        <source>The row has {0} tokens; everything past the cutoff of {1} is cut off.</source>
        <translation>这一行有 {0} 个 token；超出截断长度 {1} 的部分会被截掉。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="26"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="26"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="49"/>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="52"/>
        <source>Problems: {0} and {1}. Click one to go to its row.</source>
        <translation>问题：{0}，{1}。点击一条即可跳到对应的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="60"/>
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/problems.py" line="53"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/problems.py" line="54"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="61"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="61"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/i18n.py" line="59"/>
        <source>&amp;Step up</source>
        <translation>增大(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="60"/>
        <source>Step &amp;down</source>
        <translation>减小(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/i18n.py" line="44"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="46"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="49"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/i18n.py" line="41"/>
        <source>Show Details...</source>
        <translation>显示详细信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="42"/>
        <source>Hide Details...</source>
        <translation>隐藏详细信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="43"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/i18n.py" line="24"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="26"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="27"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="28"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="29"/>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="30"/>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="31"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="32"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="33"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="34"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="35"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="36"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="37"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="40"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop/i18n.py" line="51"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="52"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="55"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="56"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="57"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RawTextView</name>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="92"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="95"/>
        <source>Tokens each chunk repeats from the end of the previous one, so no passage is only ever seen cut in half.</source>
        <translation>每一块重复上一块结尾的 token 数，这样任何一段文字都不会只以被切开的样子出现。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="102"/>
        <location filename="../../desktop/views/dataset/rawtext.py" line="117"/>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="105"/>
        <source>Move chunk edges to a line break within this many characters, so chunks start and end on whole lines.</source>
        <translation>在这么多个字符的范围内把块的边界移到换行处，让每一块都从完整的行开始和结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="111"/>
        <source>Text that splits the file into blocks no chunk crosses; \n is a line break. The default, \n\n\n, is two empty lines.</source>
        <translation>把文件分成若干段的分隔文字，任何块都不会跨段；\n 表示换行。默认的 \n\n\n 就是两个空行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="118"/>
        <source>Blocks this short or shorter are left out.</source>
        <translation>不超过这个长度的段会被略过。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="119"/>
        <source>End each block with the end-of-text token</source>
        <translation>每段末尾加上文本结束符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="129"/>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="131"/>
        <source>Prefer line breaks within</source>
        <translation>在此范围内优先在换行处切分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="133"/>
        <source>Hard cut</source>
        <translation>强制分段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="135"/>
        <source>Leave out blocks up to</source>
        <translation>略过不超过此长度的段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="159"/>
        <source>Chunks, in alternating shades: each is one example</source>
        <translation>块（深浅交替）：每一块是一个训练样本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="163"/>
        <source>Overlap with the chunk before</source>
        <translation>与上一块重叠的部分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="214"/>
        <source>{0} from {1}.</source>
        <translation>{0}，来自{1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/rawtext.py" line="216"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="220"/>
        <source>Click in the text to preview the chunk there.</source>
        <translation>点击文本中的任意位置，预览那里的块。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="265"/>
        <source>Chunk {0} of {1} (block {2})</source>
        <translation>第 {0} 块，共 {1} 块（第 {2} 段）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="194"/>
        <source>Working out the chunks…</source>
        <translation>正在计算分块…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/rawtext.py" line="215"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 块</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="219"/>
        <source>Counted with words standing in for tokens; choose a model for exact chunks.</source>
        <translation>目前用词语代替 token 估算；选择模型后可得到准确的分块。</translation>
    </message>
</context>
<context>
    <name>RecommendedModels</name>
    <message>
        <location filename="../../desktop/views/models/search.py" line="38"/>
        <source>Smallest and fastest; good for a first try. Strong in Chinese and English.</source>
        <translation>最小最快，适合第一次尝试。中英文都很强。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="41"/>
        <source>Small and capable; good for Chinese and English.</source>
        <translation>小而能干，中英文都不错。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="42"/>
        <source>Qwen Research License: not for commercial use without permission.</source>
        <translation>Qwen Research 许可证：未经许可不得商用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="43"/>
        <source>A strong all-rounder if your card has 12 GB or more.</source>
        <translation>显卡有 12 GB 或以上时的全能之选。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="44"/>
        <source>Tight on 16 GB cards; comfortable on 24 GB.</source>
        <translation>16 GB 显卡上比较紧张；24 GB 上很宽裕。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="45"/>
        <source>Newer Qwen generation, non-thinking instruct model.</source>
        <translation>更新一代的 Qwen，非思考型指令模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="46"/>
        <source>Small Llama; accept Meta&apos;s licence on the model page first.</source>
        <translation>小型 Llama；请先在模型页面接受 Meta 的许可证。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="47"/>
        <source>Accept Meta&apos;s licence on the model page first.</source>
        <translation>请先在模型页面接受 Meta 的许可证。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="48"/>
        <source>Apache licence, but the page asks you to agree to share your contact details first. The repository also holds a consolidated.safetensors copy, which Lorasmith does not download.</source>
        <translation>Apache 许可证，但页面要求你先同意分享联系方式。仓库中还有一份 consolidated.safetensors 副本，Lorasmith 不会下载它。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="54"/>
        <source>Accept Google&apos;s Gemma terms on the model page first. Its large vocabulary needs more VRAM than the size suggests.</source>
        <translation>请先在模型页面接受 Google 的 Gemma 条款。它的词表很大，需要的 VRAM 比模型大小看上去更多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="59"/>
        <source>Mostly English. transformers runs it with its own code; the repository&apos;s custom code is not needed.</source>
        <translation>以英文为主。transformers 用自带的代码运行它，不需要仓库中的自定义代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="63"/>
        <source>Small English model with a permissive licence.</source>
        <translation>许可证宽松的小型英文模型。</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="121"/>
        <source>Select a row in the table to edit it here. Each column gets its own box; changes can be undone with Ctrl+Z.</source>
        <translation>在表格中选择一行，就可以在这里编辑。每一列都有自己的编辑框；更改可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="158"/>
        <source>{0} (not in this row; type to add it)</source>
        <translation>{0}（这一行没有此字段；输入内容即可添加）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="160"/>
        <source>{0} (a list, written as JSON)</source>
        <translation>{0}（列表，以 JSON 书写）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="162"/>
        <source>{0} (an object, written as JSON)</source>
        <translation>{0}（对象，以 JSON 书写）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="164"/>
        <source>{0} (a JSON value)</source>
        <translation>{0}（JSON 值）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="215"/>
        <source>Not applied: this is not valid JSON ({0}). Fix it, or undo.</source>
        <translation>尚未套用：这不是有效的 JSON（{0}）。请修正，或撤销更改。</translation>
    </message>
</context>
<context>
    <name>RunConfig</name>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="131"/>
        <source>Folder of the base model to fine-tune (safetensors weights, config and tokenizer).</source>
        <translation>要微调的基础模型所在的文件夹（含 safetensors 权重、配置和分词器）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="134"/>
        <source>Your training data: a JSON, JSONL, CSV, Parquet or text file, or a folder of .txt files.</source>
        <translation>你的训练数据：JSON、JSONL、CSV、Parquet 或文本文件，或一个装有 .txt 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="137"/>
        <source>How rows are read. &apos;auto&apos; detects Alpaca, ShareGPT, OpenAI messages, text and raw text.</source>
        <translation>如何读取每一行。“auto”会自动识别 Alpaca、ShareGPT、OpenAI messages、text 和纯文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="140"/>
        <source>A format file (%key% templates) that turns each row into training text. Empty: the model&apos;s chat template, or our Alpaca format.</source>
        <translation>把每一行变成训练文本的格式文件（%key% 模板）。留空：使用模型自带的对话模板，或我们的 Alpaca 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="145"/>
        <source>Chat template for conversations: &apos;auto&apos; uses the model&apos;s own, or a file of ours or yours.</source>
        <translation>对话所用的对话模板：“auto”使用模型自带的，也可以选我们提供的或你自己的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="148"/>
        <source>Also train on the user&apos;s side of each example, not just the answers. Usually off: the model should learn to answer, not to ask.</source>
        <translation>除了回答，也训练每个示例中用户说的部分。通常关闭：模型应该学会回答，而不是提问。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="153"/>
        <source>A separate file to measure validation loss on. Empty: hold out part of the dataset instead.</source>
        <translation>用于计算验证损失的单独文件。留空：改为从数据集中留出一部分。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="156"/>
        <source>Fraction of the dataset held out to measure validation loss (0 turns validation off).</source>
        <translation>从数据集中留出用于计算验证损失的比例（0 表示不做验证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="159"/>
        <source>Longest example in tokens. Longer ones are cut. Raising it covers longer texts but needs more VRAM.</source>
        <translation>示例的最大长度（token 数），更长的会被截断。调高可容纳更长的文本，但需要更多 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="163"/>
        <source>Raw text: tokens each chunk shares with the previous one, so no sentence is only ever seen cut in half.</source>
        <translation>纯文本：每个片段与上一个片段重叠的 token 数，这样任何句子都不会只以被切断的形式出现。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="167"/>
        <source>Raw text: move chunk edges to a newline within this many characters, so chunks start and end on whole lines.</source>
        <translation>纯文本：在这么多字符范围内把片段边界移到换行处，让片段以完整的行开始和结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="171"/>
        <source>Raw text: this string splits the text into blocks that no chunk crosses (default: three newlines).</source>
        <translation>纯文本：用这个字符串把文本分成块，任何片段都不会跨块（默认：三个换行）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="175"/>
        <source>Raw text: drop blocks this short or shorter (in characters).</source>
        <translation>纯文本：丢弃不超过这么多字符的块。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="176"/>
        <source>Raw text and plain text rows: end each block with the end-of-text token, so the model learns where texts stop.</source>
        <translation>纯文本和 text 行：在每块末尾加上文本结束 token，让模型学会在哪里结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="181"/>
        <source>Pack several short examples into one sequence (each still attends only to itself). Removes all padding, but on the CPU it is slower than the default (batches of similar length).</source>
        <translation>把多个短示例打包进一个序列（每个示例仍只关注自身）。可完全去掉填充，但在 CPU 上比默认方式（长度相近的批次）更慢。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="186"/>
        <source>How the base model is stored while training. 4-bit (QLoRA) needs the least VRAM; 8-bit and 16-bit are more exact but need 2-4x more.</source>
        <translation>训练时基础模型的存储精度。4-bit（QLoRA）需要的 VRAM 最少；8-bit 和 16-bit 更精确，但需要 2 到 4 倍的 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="191"/>
        <source>Quantise the 4-bit scaling constants too: saves about 0.4 bits per weight at no measurable cost.</source>
        <translation>把 4-bit 的缩放常数也量化：每个权重约省 0.4 bit，几乎没有可测的损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="194"/>
        <source>Number format for the maths. &apos;auto&apos;: bf16 on RTX 30xx and newer, fp16 on older cards, fp32 on the CPU.</source>
        <translation>计算所用的数值格式。“auto”：RTX 30 系列及更新的显卡用 bf16，较旧的显卡用 fp16，CPU 上用 fp32。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="198"/>
        <source>LoRA rank: how much the adapter can learn. Higher learns more detail but needs more VRAM and can overfit small datasets.</source>
        <translation>LoRA 秩：适配器能学到多少。越高能学到越多细节，但需要更多 VRAM，且在小数据集上容易过拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="203"/>
        <source>LoRA alpha: scales the adapter&apos;s effect. Usually twice the rank.</source>
        <translation>LoRA alpha：缩放适配器的作用强度。通常设为秩的两倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="204"/>
        <source>Randomly drops part of the adapter&apos;s input while training, to overfit less.</source>
        <translation>训练时随机丢弃适配器的一部分输入，以减少过拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="207"/>
        <source>Which layers get an adapter: &apos;qv&apos; (least VRAM), &apos;attention&apos;, &apos;all-linear&apos; (learns most), or &apos;custom&apos;.</source>
        <translation>哪些层加上适配器：“qv”（VRAM 最少）、“attention”、“all-linear”（学得最多）或“custom”（自定义）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="211"/>
        <source>Module names for &apos;custom&apos; targets, for example q_proj, v_proj, gate_proj.</source>
        <translation>“custom”目标的模块名，例如 q_proj、v_proj、gate_proj。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="214"/>
        <source>Rank-stabilised LoRA: scales by sqrt(rank), which keeps high ranks learning well.</source>
        <translation>秩稳定 LoRA（rsLoRA）：按 sqrt(秩) 缩放，让高秩也能学得好。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="217"/>
        <source>DoRA: learns magnitude and direction separately. Slightly better results, slower and more VRAM.</source>
        <translation>DoRA：分别学习权重的大小和方向。效果略好，但更慢、需要更多 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="220"/>
        <source>Recompute activations instead of storing them: much less VRAM for about 30% more time.</source>
        <translation>重新计算激活值而不是保存它们：大幅减少 VRAM，代价是多花约 30% 的时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="223"/>
        <source>Compute the loss a few tokens at a time and only where the text is trained, instead of scoring every token against the whole vocabulary at once: far less VRAM, the same result. Off only to compare.</source>
        <translation>每次只对少量 token 计算损失，而且只计算要训练的文本，而不是一次把每个 token 与整个词表比较：VRAM 大幅减少，结果相同。只在对比时关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="229"/>
        <source>Examples per optimiser step. Larger gives smoother learning; it costs time, not VRAM (see micro batch).</source>
        <translation>每个优化步使用的示例数。越大学习越平稳；它花的是时间而不是 VRAM（见微批次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="233"/>
        <source>Examples processed at once on the GPU. Raising it is faster but needs more VRAM. Batch size must be a multiple of it.</source>
        <translation>GPU 一次同时处理的示例数。调高更快，但需要更多 VRAM。批次大小必须是它的整数倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="238"/>
        <source>How many times to go through the dataset. More learns more but can overfit (validation loss rises).</source>
        <translation>把数据集完整过几遍。越多学得越多，但可能过拟合（验证损失上升）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="242"/>
        <source>Stop after this many optimiser steps (-1: decided by epochs).</source>
        <translation>达到这么多优化步后停止（-1：由训练轮数决定）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="243"/>
        <source>How big each learning step is. Higher learns faster but can become unstable; lower is safer but slower.</source>
        <translation>每一步学习的幅度。越高学得越快，但可能不稳定；越低越稳妥，但更慢。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="247"/>
        <source>How the learning rate changes over the run.</source>
        <translation>学习率在训练过程中如何变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="248"/>
        <source>Fraction of the run spent slowly raising the learning rate, to start gently.</source>
        <translation>训练开始时用于逐渐提高学习率的比例，让训练平稳起步。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="251"/>
        <source>Clip large gradients to this size, which prevents sudden jumps in the loss.</source>
        <translation>把过大的梯度裁剪到这个大小，防止损失突然跳变。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="254"/>
        <source>&apos;auto&apos;: paged 8-bit AdamW on a GPU (saves VRAM), AdamW on the CPU.</source>
        <translation>“auto”：GPU 上用分页 8-bit AdamW（节省 VRAM），CPU 上用 AdamW。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="255"/>
        <source>Pulls adapter weights towards zero a little each step, to overfit less.</source>
        <translation>每一步把适配器权重稍微拉向零，以减少过拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="258"/>
        <source>Random seed: the same seed and settings give the same run.</source>
        <translation>随机种子：相同的种子和设置会得到相同的训练结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="259"/>
        <source>NEFTune: add noise to embeddings while training (5 is typical). Can help instruction tuning; 0 turns it off.</source>
        <translation>NEFTune：训练时给嵌入加噪声（常用 5）。可能有助于指令微调；0 表示关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="263"/>
        <source>Measure validation loss every this many steps.</source>
        <translation>每隔这么多步计算一次验证损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="264"/>
        <source>Save a checkpoint every this many steps, so a crash or a stop loses little.</source>
        <translation>每隔这么多步保存一个检查点，这样崩溃或停止时损失很少。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="267"/>
        <source>Keep at most this many checkpoints (older ones are deleted). 0 keeps all.</source>
        <translation>最多保留这么多个检查点（更早的会被删除）。0 表示全部保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="270"/>
        <source>Report the training loss every this many steps.</source>
        <translation>每隔这么多步报告一次训练损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="271"/>
        <source>Stop when the training loss falls below this (0 never stops early).</source>
        <translation>训练损失低于这个值时停止（0 表示不提前停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="274"/>
        <source>Stop when validation loss has not improved for this many evaluations (0 never stops).</source>
        <translation>验证损失连续这么多次评估都没有改善时停止（0 表示从不停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="277"/>
        <source>&apos;auto&apos; trains on the GPU when there is one, else on the CPU (slow; for the demo and tiny models).</source>
        <translation>“auto”：有 GPU 时在 GPU 上训练，否则在 CPU 上训练（很慢；只适合演示模型和极小的模型）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="280"/>
        <source>Cap on the GPU memory this run may use, in GiB (0: no cap). Past it the run stops with an out-of-memory message instead of slowing to a crawl.</source>
        <translation>本次训练可使用的 GPU 显存上限，单位 GiB（0：不限制）。超过上限时训练会停止并提示显存不足，而不是慢得像爬。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="285"/>
        <source>Allow loading .bin (pickle) weights, which can run code hidden in the file. Only for models you trust.</source>
        <translation>允许加载 .bin（pickle）权重，这种文件可能运行藏在里面的代码。仅用于你信任的模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="289"/>
        <source>Allow a model to run its own Python code from its folder. Only for models you trust.</source>
        <translation>允许模型运行其文件夹中自带的 Python 代码。仅用于你信任的模型。</translation>
    </message>
</context>
<context>
    <name>RunPickerDialog</name>
    <message>
        <location filename="../../desktop/views/train/view.py" line="88"/>
        <source>Copy parameters from a run</source>
        <translation>从一次运行复制参数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="105"/>
        <source>Its settings replace the ones in the form:</source>
        <translation>它的设置会替换表单中的设置：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="107"/>
        <source>There are no runs yet.</source>
        <translation>还没有任何运行。</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="54"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="56"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="57"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="58"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="59"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="60"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="61"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="71"/>
        <source>Select a run to see its settings.</source>
        <translation>选择一次运行以查看其设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="90"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="91"/>
        <source>Show curves</source>
        <translation>查看曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="92"/>
        <source>Show this run&apos;s curves in the Monitor</source>
        <translation>在“监控”页面显示这次运行的曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="93"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="94"/>
        <source>Select two or more runs (Ctrl+click) to overlay their curves</source>
        <translation>选择两次或更多运行（按住 Ctrl 点击）以叠加它们的曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="95"/>
        <source>Resume</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="96"/>
        <source>Copy settings to Train</source>
        <translation>复制设置到“训练”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="97"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="74"/>
        <source>No runs yet. Runs you start in the Train screen appear here.</source>
        <translation>还没有运行。在“训练”页面开始的运行会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="120"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="122"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="123"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="124"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="125"/>
        <source>Interrupted</source>
        <translation>被中断</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="126"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="196"/>
        <source>Continue this run from its last checkpoint</source>
        <translation>从最近的检查点继续这次运行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="198"/>
        <source>Only a stopped or interrupted run with a saved checkpoint can be resumed</source>
        <translation>只有已停止或被中断、且保存过检查点的运行才能继续</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="218"/>
        <source>Adapter: {0}</source>
        <translation>适配器：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="221"/>
        <source>Last checkpoint: {0}</source>
        <translation>最近的检查点：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="223"/>
        <source>(run.yaml could not be read)</source>
        <translation>（无法读取 run.yaml）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="228"/>
        <source>Base model: {0}</source>
        <translation>基础模型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="229"/>
        <source>Dataset: {0}</source>
        <translation>数据集：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="236"/>
        <source>{0}, saved in {1}; tried and exported with the same</source>
        <translation>{0}，保存在 {1} 中；试用和导出都使用同一个模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="237"/>
        <source>Chat template: {0}</source>
        <translation>对话模板：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="241"/>
        <source>Changed from the defaults:</source>
        <translation>与默认值不同的设置：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="244"/>
        <source>All other settings are the defaults.</source>
        <translation>其他设置均为默认值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="245"/>
        <source>All settings (run.yaml):</source>
        <translation>全部设置（run.yaml）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="251"/>
        <source>the model&apos;s own</source>
        <translation>模型自带的模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="253"/>
        <source>Lorasmith&apos;s {0} format</source>
        <translation>Lorasmith 的 {0} 格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="255"/>
        <source>the file {0}</source>
        <translation>文件 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="257"/>
        <source>the format file&apos;s layout</source>
        <translation>格式文件的版式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="258"/>
        <source>none (plain text)</source>
        <translation>无（纯文本）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="15"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="16"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="17"/>
        <source>Dataset kind</source>
        <translation>数据集类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="18"/>
        <source>Format file</source>
        <translation>格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="19"/>
        <source>Chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="20"/>
        <source>Train on prompts too</source>
        <translation>同时训练提示部分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="21"/>
        <source>Validation file</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="22"/>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="23"/>
        <source>Cutoff length (tokens)</source>
        <translation>截断长度（token）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="24"/>
        <source>Chunk overlap (tokens)</source>
        <translation>片段重叠（token）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="25"/>
        <source>Cut at newline within (characters)</source>
        <translation>在此范围内按换行切分（字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="26"/>
        <source>Hard cut string</source>
        <translation>强制切分字符串</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="27"/>
        <source>Drop blocks up to (characters)</source>
        <translation>丢弃不超过此长度的块（字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="28"/>
        <source>Add end-of-text token</source>
        <translation>添加文本结束 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="29"/>
        <source>Pack short examples</source>
        <translation>打包短示例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="30"/>
        <source>Base model precision</source>
        <translation>基础模型精度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="31"/>
        <source>Double quantisation</source>
        <translation>双重量化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="32"/>
        <source>Compute number format</source>
        <translation>计算数值格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="33"/>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="34"/>
        <source>LoRA alpha</source>
        <translation>LoRA alpha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="35"/>
        <source>LoRA dropout</source>
        <translation>LoRA dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="36"/>
        <source>LoRA target layers</source>
        <translation>LoRA 目标层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="37"/>
        <source>Custom target modules</source>
        <translation>自定义目标模块</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="38"/>
        <source>Rank-stabilised LoRA</source>
        <translation>秩稳定 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="39"/>
        <source>DoRA</source>
        <translation>DoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="40"/>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="41"/>
        <source>Lean loss</source>
        <translation>精简损失计算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="42"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="43"/>
        <source>Micro batch size</source>
        <translation>微批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="44"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="45"/>
        <source>Maximum steps</source>
        <translation>最大步数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="46"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="47"/>
        <source>Learning rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="48"/>
        <source>Warm-up share</source>
        <translation>预热比例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="49"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="50"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="51"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="52"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="53"/>
        <source>NEFTune noise</source>
        <translation>NEFTune 噪声</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="54"/>
        <source>Validate every (steps)</source>
        <translation>验证间隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="55"/>
        <source>Checkpoint every (steps)</source>
        <translation>检查点间隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="56"/>
        <source>Checkpoints to keep</source>
        <translation>保留的检查点数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="57"/>
        <source>Report loss every (steps)</source>
        <translation>损失报告间隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="58"/>
        <source>Stop below loss</source>
        <translation>损失低于此值时停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="59"/>
        <source>Early stopping patience</source>
        <translation>提前停止耐心值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="60"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="61"/>
        <source>VRAM cap (GiB)</source>
        <translation>VRAM 上限（GiB）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="62"/>
        <source>Allow .bin (pickle) weights</source>
        <translation>允许 .bin（pickle）权重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="63"/>
        <source>Trust the model&apos;s own code</source>
        <translation>信任模型自带的代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="69"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="73"/>
        <source>Text length and raw text</source>
        <translation>文本长度与纯文本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="77"/>
        <source>Model and LoRA</source>
        <translation>模型与 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="93"/>
        <source>Optimisation</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="106"/>
        <source>Validation, checkpoints and stopping</source>
        <translation>验证、检查点与停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="110"/>
        <source>Hardware and safety</source>
        <translation>硬件与安全</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="114"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="118"/>
        <source>decided by epochs</source>
        <translation>由训练轮数决定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="119"/>
        <location filename="../../desktop/views/train/texts.py" line="120"/>
        <location filename="../../desktop/views/train/texts.py" line="121"/>
        <location filename="../../desktop/views/train/texts.py" line="122"/>
        <location filename="../../desktop/views/train/texts.py" line="123"/>
        <location filename="../../desktop/views/train/texts.py" line="125"/>
        <location filename="../../desktop/views/train/texts.py" line="126"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="124"/>
        <source>keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="127"/>
        <source>no cap</source>
        <translation>不限制</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../desktop/views/train/form.py" line="207"/>
        <source>Main settings</source>
        <translation>主要设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="213"/>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="245"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="289"/>
        <source>auto: the model&apos;s own template</source>
        <translation>auto：使用模型自带的模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="291"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="295"/>
        <source>comma-separated, for example q_proj, v_proj</source>
        <translation>用逗号分隔，例如 q_proj, v_proj</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="62"/>
        <source>Proposed settings</source>
        <translation>建议的设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="66"/>
        <source>These settings are worked out for this computer, the model and your dataset, each with the reason for it. The bar shows the memory training will need, part by part. Change any setting and the others adjust so that it still fits.</source>
        <translation>这些设置是根据这台电脑、所选模型和你的数据集算出来的，每项都附有理由。条形图按组成部分显示训练需要的内存。修改任何一项，其余各项会随之调整，保证仍然放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="90"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="103"/>
        <source>Settings that decide memory</source>
        <translation>决定内存用量的设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="117"/>
        <source>every linear layer</source>
        <translation>所有线性层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="118"/>
        <source>attention layers</source>
        <translation>注意力层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="119"/>
        <source>two attention layers (q, v)</source>
        <translation>两个注意力层（q、v）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="123"/>
        <source>recompute activations</source>
        <translation>重新计算激活值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="131"/>
        <source>8-bit AdamW, paged</source>
        <translation>8 位 AdamW（分页）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="132"/>
        <source>8-bit AdamW</source>
        <translation>8 位 AdamW</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="133"/>
        <source>AdamW (32-bit)</source>
        <translation>AdamW（32 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="134"/>
        <source>Adafactor</source>
        <translation>Adafactor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="138"/>
        <source>Use the proposal</source>
        <translation>恢复建议值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="139"/>
        <source>Forget your changes and go back to the proposed settings</source>
        <translation>放弃你的修改，回到建议的设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="149"/>
        <source>The rest of the proposal</source>
        <translation>其余建议</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="175"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="195"/>
        <source>Looking at this computer&apos;s graphics card…</source>
        <translation>正在查看这台电脑的显卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="206"/>
        <source>The demo model is tiny: it learns at a higher rate than real models.</source>
        <translation>演示模型很小：它用比真正的模型更高的学习率来学习。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="276"/>
        <source>Your choices need about {0:.1f} GiB, more than the {1:.1f} GiB available. Lower one of the settings you changed, or press Use the proposal.</source>
        <translation>你的选择需要约 {0:.1f} GiB，超过了可用的 {1:.1f} GiB。请调低你改过的某项设置，或按“恢复建议值”。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="290"/>
        <source>Your choice; the proposal was {0}.</source>
        <translation>你的选择；建议值是 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="294"/>
        <source>1 example at a time is the most that fits with your choices.</source>
        <translation>按你的选择，一次最多放得下 1 个示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="296"/>
        <source>{0} examples at a time is the most that fits with your choices.</source>
        <translation>按你的选择，一次最多放得下 {0} 个示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="300"/>
        <source>Shortened to {0} tokens so that your choices fit in memory; longer examples are cut.</source>
        <translation>缩短到 {0} 个 token，好让你的选择放得下；更长的示例会被截断。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="303"/>
        <source>Rank {0}, lowered so that your choices fit in memory.</source>
        <translation>秩降为 {0}，好让你的选择放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="305"/>
        <source>Fewer adapter layers, so that your choices fit in memory.</source>
        <translation>减少适配器所在的层，好让你的选择放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="334"/>
        <source>{0:.1f} GiB</source>
        <translation>{0:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="336"/>
        <source>processor (CPU)</source>
        <translation>处理器（CPU）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="336"/>
        <source>graphics card (CUDA)</source>
        <translation>显卡（CUDA）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="338"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="338"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="350"/>
        <source>Choose a dataset for a time estimate.</source>
        <translation>选择数据集后可估算训练时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="363"/>
        <source>{0} training steps.</source>
        <translation>{0} 个训练步。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="364"/>
        <source>on this processor</source>
        <translation>在这台处理器上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="364"/>
        <source>on this graphics card</source>
        <translation>在这张显卡上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="366"/>
        <source>Training time: {0} {1} for {2} steps (a rough estimate; the first steps show the real speed).</source>
        <translation>训练时间：{1}共 {2} 步，{0}（粗略估算；最初几步会显示真实速度）。</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="36"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="47"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="52"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="53"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="56"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="57"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="60"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="61"/>
        <source>Stop after the current step and keep the adapter trained so far</source>
        <translation>在当前一步之后停止，保留目前训练出的适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="63"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="66"/>
        <source>Open the Monitor screen</source>
        <translation>打开“监控”页面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="67"/>
        <source>Watch every curve, the warnings and the log in the main window</source>
        <translation>在主窗口中查看所有曲线、警告和日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="79"/>
        <source>Training runs in the background and reports the loss: how far the model&apos;s guesses still are from your examples. It should fall quickly at first and then level off. You can stop at any time; the adapter trained so far is kept.</source>
        <translation>训练在后台进行，并报告损失：模型的猜测离你的示例还有多远。损失应该先快速下降，然后趋于平稳。你可以随时停止；目前训练出的适配器会被保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="120"/>
        <source>Training could not start: another run is going. Wait for it to end, or stop it in the Monitor screen, then press Try again.</source>
        <translation>无法开始训练：另一次训练正在进行。请等它结束，或在“监控”页面停止它，然后按“重试”。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="127"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="158"/>
        <source>Training on {0} examples…</source>
        <translation>正在用 {0} 个示例训练…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="167"/>
        <source>Step {0} of {1}: loss {2:.3f}</source>
        <translation>第 {0} 步，共 {1} 步：损失 {2:.3f}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="188"/>
        <source>Stopping after this step…</source>
        <translation>这一步之后停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="198"/>
        <location filename="../../desktop/views/wizard/train.py" line="222"/>
        <source>Done: the loss went from {0:.2f} to {1:.2f}. Press Next to try the result.</source>
        <translation>完成：损失从 {0:.2f} 降到 {1:.2f}。按“下一步”试试效果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="203"/>
        <source>Training stopped with a problem.</source>
        <translation>训练因问题而停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="206"/>
        <source>Training ended without an adapter ({0}). Press Try again.</source>
        <translation>训练结束，但没有得到适配器（{0}）。请按“重试”。</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <location filename="../../desktop/views/train/view.py" line="44"/>
        <source>Choose the base model&apos;s folder.</source>
        <translation>请选择基础模型所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="46"/>
        <source>This folder does not exist.</source>
        <translation>这个文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="48"/>
        <source>No config.json in this folder: choose the folder that holds the model&apos;s files.</source>
        <translation>这个文件夹里没有 config.json：请选择存放模型文件的那个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="52"/>
        <source>Choose your dataset: a file, or a folder of .txt files.</source>
        <translation>请选择数据集：一个文件，或一个装有 .txt 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="54"/>
        <location filename="../../desktop/views/train/view.py" line="58"/>
        <source>This file does not exist.</source>
        <translation>这个文件不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="61"/>
        <source>The batch size must be a multiple of the micro batch size ({0}); use {1}, or change the micro batch size.</source>
        <translation>批次大小必须是微批次大小（{0}）的整数倍；请改用 {1}，或修改微批次大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="66"/>
        <source>The overlap must be smaller than the cutoff length ({0}).</source>
        <translation>重叠长度必须小于截断长度（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="70"/>
        <source>List module names such as q_proj, v_proj, or choose another target preset.</source>
        <translation>请列出模块名，例如 q_proj, v_proj，或选择其他目标预设。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="134"/>
        <source>Load…</source>
        <translation>载入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="135"/>
        <source>Load settings from a run YAML file (Ctrl+O)</source>
        <translation>从运行 YAML 文件载入设置（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="136"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="138"/>
        <source>Save these settings as a run YAML file (Ctrl+S), for later or for the command line</source>
        <translation>把这些设置保存为运行 YAML 文件（Ctrl+S），供以后或命令行使用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="140"/>
        <source>Copy parameters from…</source>
        <translation>复制参数自…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="141"/>
        <source>Fill the form with the settings of an earlier run</source>
        <translation>用之前某次运行的设置填写表单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="142"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="143"/>
        <source>Put every setting back to its default</source>
        <translation>把所有设置恢复为默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="145"/>
        <source>run name (automatic)</source>
        <translation>运行名称（自动）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="148"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="149"/>
        <source>Start a run with these settings (F5)</source>
        <translation>用这些设置开始一次运行（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="151"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="152"/>
        <source>Stop after the current step and save the adapter so far</source>
        <translation>完成当前这一步后停止，并保存目前的适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="153"/>
        <source>Kill</source>
        <translation>强制结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="154"/>
        <source>End the training process at once</source>
        <translation>立即结束训练进程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="196"/>
        <source>Load settings</source>
        <translation>载入设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="198"/>
        <source>Run settings (*.yaml *.yml);;All files (*)</source>
        <translation>运行设置 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="205"/>
        <source>Could not load the settings</source>
        <translation>无法载入设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="215"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="215"/>
        <source>Run settings (*.yaml *.yml)</source>
        <translation>运行设置 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="222"/>
        <source>Could not save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="256"/>
        <source>Ready to start.</source>
        <translation>可以开始了。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="259"/>
        <source>Fix the settings marked in red to start.</source>
        <translation>请先修正标红的设置再开始。</translation>
    </message>
</context>
<context>
    <name>TryOutView</name>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="52"/>
        <source>Try your LoRA</source>
        <translation>试用你的 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="60"/>
        <source>The training run whose adapter to try.</source>
        <translation>要试用哪次训练运行的适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="67"/>
        <source>Last: what the run ended with. Best: the checkpoint with the lowest validation loss. Or any other checkpoint saved while training.</source>
        <translation>最后：运行结束时的适配器。最佳：验证损失最低的检查点。也可以选择训练中保存的其他检查点。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="72"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="73"/>
        <source>Look for new runs and checkpoints.</source>
        <translation>查找新的运行和检查点。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="81"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="84"/>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="100"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="101"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="102"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="125"/>
        <source>No trained runs yet</source>
        <translation>还没有训练好的运行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="166"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="177"/>
        <source>Base model: {0}</source>
        <translation>基础模型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="184"/>
        <source>Reading the run&apos;s dataset…</source>
        <translation>正在读取这次运行的数据集…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="186"/>
        <source>Train a run first; its held-out rows appear here.</source>
        <translation>请先训练一次；它留出的验证行会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="197"/>
        <source>Last and best (step {0})</source>
        <translation>最后且最佳（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="197"/>
        <source>Last (step {0})</source>
        <translation>最后（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="198"/>
        <source>Checkpoint at step {0}</source>
        <translation>第 {0} 步的检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="198"/>
        <source>Best (step {0})</source>
        <translation>最佳（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="234"/>
        <source>Could not read the run&apos;s dataset: {0}</source>
        <translation>无法读取这次运行的数据集：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="241"/>
        <source>Choose a trained run at the top of the screen first.</source>
        <translation>请先在页面顶部选择一次训练好的运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="294"/>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="307"/>
        <source>The model process stopped unexpectedly (exit code {0}).</source>
        <translation>运行模型的进程意外停止（退出码 {0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="308"/>
        <source>It starts again with the next request.</source>
        <translation>下次请求时会重新启动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="313"/>
        <source>The model process stopped</source>
        <translation>模型进程已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="315"/>
        <source>The process that runs the model ended unexpectedly (exit code {0}). Often this means the computer ran out of memory. It starts again with the next request.</source>
        <translation>运行模型的进程意外结束（退出码 {0}）。这通常表示电脑内存不足。下次请求时会重新启动。</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="255"/>
        <source>Try the result</source>
        <translation>试试效果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="260"/>
        <source>Type a message for the model</source>
        <translation>输入要发给模型的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="262"/>
        <source>Ask both</source>
        <translation>两边都问</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="268"/>
        <source>Without your adapter</source>
        <translation>不用你的适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="268"/>
        <source>The base model&apos;s answer</source>
        <translation>基础模型的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="269"/>
        <source>With your adapter</source>
        <translation>使用你的适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="269"/>
        <source>The answer after training</source>
        <translation>训练后的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="280"/>
        <source>Ask the model the same question twice: as it was, and with your new adapter. If training worked, the second answer shows what your examples taught it. The first answer takes a little longer while the model loads.</source>
        <translation>把同一个问题问模型两次：一次是原来的模型，一次加上你新训练的适配器。如果训练有效，第二个回答会体现你的示例教给它的东西。第一个回答要等模型加载，会稍慢一些。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="302"/>
        <source>Type a message first.</source>
        <translation>请先输入一条消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="325"/>
        <source>Loading the model… (the first time takes longest)</source>
        <translation>正在加载模型…（第一次最慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="333"/>
        <source>Answering with your adapter…</source>
        <translation>正在用你的适配器回答…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="335"/>
        <source>Answering without your adapter…</source>
        <translation>正在不用适配器回答…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="358"/>
        <source>Done. Ask something else, or press Finish; the Test screen has more ways to try and export your adapter.</source>
        <translation>完成。可以再问点别的，或按“完成”；“测试”页面有更多试用和导出适配器的方式。</translation>
    </message>
</context>
<context>
    <name>VramBar</name>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="21"/>
        <source>CUDA context</source>
        <translation>CUDA 上下文</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="22"/>
        <source>The graphics driver and its libraries, loaded once.</source>
        <translation>显卡驱动及其库，只加载一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="25"/>
        <source>Model layers (quantised)</source>
        <translation>模型层（量化）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="26"/>
        <source>The base model&apos;s layers in 4 or 8 bits, with their scaling constants.</source>
        <translation>以 4 位或 8 位存放的基础模型各层，连同它们的缩放常数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="29"/>
        <source>Embeddings and output layer</source>
        <translation>嵌入层和输出层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="30"/>
        <source>The parts of the base model that are not quantised: embeddings, norms and the output layer.</source>
        <translation>基础模型中不量化的部分：嵌入层、归一化层和输出层。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="35"/>
        <source>LoRA weights</source>
        <translation>LoRA 权重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="36"/>
        <source>The adapter being trained.</source>
        <translation>正在训练的适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="39"/>
        <source>LoRA gradients</source>
        <translation>LoRA 梯度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="40"/>
        <source>How each adapter weight should change, for every step.</source>
        <translation>每一步中每个适配器权重该如何改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="43"/>
        <source>Optimiser states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="44"/>
        <source>The optimiser&apos;s running averages for each adapter weight.</source>
        <translation>优化器为每个适配器权重记录的滑动平均值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="47"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="48"/>
        <source>Intermediate results kept for the backward pass; they grow with the micro batch and the cutoff length.</source>
        <translation>为反向传播保留的中间结果；随微批次和截断长度增长。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="54"/>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="55"/>
        <source>A score for every word of the vocabulary at every position; large for models with big vocabularies.</source>
        <translation>每个位置上词表中每个词的得分；词表大的模型这部分很大。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="61"/>
        <source>Temporary buffers</source>
        <translation>临时缓冲区</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="62"/>
        <source>Short-lived copies: dequantised layers and half-precision weights.</source>
        <translation>短暂存在的副本：反量化的层和半精度权重。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="65"/>
        <source>Allocator overhead</source>
        <translation>分配器开销</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="66"/>
        <source>Memory reserved by PyTorch but not in use at the peak.</source>
        <translation>PyTorch 已预留但在峰值时未使用的内存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="166"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="166"/>
        <source>video memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="169"/>
        <source>Fits: needs about {0} GiB of {1}; {2} GiB can be used.</source>
        <translation>放得下：需要约 {0} GiB {1}；可用 {2} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="176"/>
        <source>Does not fit: needs about {0} GiB of {1}, but only {2} GiB can be used.</source>
        <translation>放不下：需要约 {0} GiB {1}，但只有 {2} GiB 可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="183"/>
        <source>Solid line: free system memory ({0} GiB). Dashed line: what training may use, keeping 2 GiB for the system ({1} GiB).</source>
        <translation>实线：系统可用内存（{0} GiB）。虚线：训练可以使用的部分，为系统保留 2 GiB（{1} GiB）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="188"/>
        <source>Solid line: free video memory now ({0} GiB). Dashed line: what training may use, keeping a safety margin for the desktop and other programs ({1} GiB).</source>
        <translation>实线：当前可用显存（{0} GiB）。虚线：训练可以使用的部分，为桌面和其他程序留出安全余量（{1} GiB）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="212"/>
        <source>{0}: {1} GiB</source>
        <translation>{0}：{1} GiB</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="14"/>
        <source>Training loss fell below 1</source>
        <translation>训练损失降到了 1 以下</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="15"/>
        <source>The model may be starting to memorise your examples word for word. If its answers repeat your data, train for fewer epochs or with a lower learning rate.</source>
        <translation>模型可能开始逐字死记你的示例。如果它的回答在照搬你的数据，请减少训练轮数或降低学习率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="22"/>
        <source>Training loss is 0</source>
        <translation>训练损失为 0</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="23"/>
        <source>Nothing real is being learned: usually the trained part of the examples is empty. Check in the Dataset screen that the answers are shown in the trained colour.</source>
        <translation>模型没有学到任何真正的东西：通常是示例中被训练的部分为空。请在“数据集”页面检查回答是否以“被训练”的颜色显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="30"/>
        <source>A value became NaN or infinite</source>
        <translation>有数值变成了 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="31"/>
        <source>The run was stopped at that step and nothing broken was saved. The detail says which value broke and the likely cause. Resume from the last good checkpoint with a lower learning rate, or set the compute dtype to fp32 if the run used fp16.</source>
        <translation>运行已在那一步停止，没有保存任何出错的内容。详细信息说明了哪个数值出错以及可能的原因。请以更低的学习率从最后一个正常的检查点继续训练；如果运行用的是 fp16，也可以把计算精度设为 fp32。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="40"/>
        <source>Training loss is not a number (NaN)</source>
        <translation>训练损失不是数值（NaN）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="41"/>
        <source>The run became unstable and was stopped. Halve the learning rate and start again, or look for broken rows in the dataset.</source>
        <translation>训练变得不稳定，已被停止。请把学习率减半后重新开始，或检查数据集中是否有损坏的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="48"/>
        <source>Overfitting: validation loss is rising</source>
        <translation>过拟合：验证损失在上升</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="49"/>
        <source>The model is memorising the training rows instead of learning from them. Stop now and use the adapter so far, or train for fewer epochs next time.</source>
        <translation>模型在死记训练数据，而不是从中学习。请现在停止并使用目前的适配器，或下次减少训练轮数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="56"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="57"/>
        <source>Lower the micro batch size or the cutoff length, or turn on gradient checkpointing, then start again.</source>
        <translation>请调低微批次大小或截断长度，或开启梯度检查点，然后重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="63"/>
        <source>Some examples are longer than the cutoff</source>
        <translation>部分示例超过了截断长度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="64"/>
        <source>Their ends were cut off, so the model never learns them. Raise the cutoff length, or shorten those examples.</source>
        <translation>它们的结尾被截掉了，模型学不到这些内容。请调高截断长度，或缩短这些示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="71"/>
        <source>Some rows were left out</source>
        <translation>部分行被跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="72"/>
        <source>They have problems (the Log tab says which). Open the dataset in the Dataset screen and fix them.</source>
        <translation>这些行有问题（“日志”标签页列出了具体是哪些）。请在“数据集”页面打开数据集并修正。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="78"/>
        <source>The dataset could not be used</source>
        <translation>无法使用这个数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="79"/>
        <source>Open it in the Dataset screen to see the problems and fix them, then start again.</source>
        <translation>请在“数据集”页面打开它，查看并修正问题，然后重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="84"/>
        <source>The settings have a problem</source>
        <translation>设置有问题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="85"/>
        <source>Fix the settings marked in the Train screen, then start again.</source>
        <translation>请修正“训练”页面中标出的设置，然后重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="88"/>
        <source>The base model could not be loaded</source>
        <translation>无法加载基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="89"/>
        <source>Choose a model folder with safetensors weights, or download the model again.</source>
        <translation>请选择包含 safetensors 权重的模型文件夹，或重新下载模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="92"/>
        <source>No usable GPU</source>
        <translation>没有可用的 GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="93"/>
        <source>Set Device to auto or cpu in the Train screen, or update the graphics driver.</source>
        <translation>请在“训练”页面把“设备”设为 auto 或 cpu，或更新显卡驱动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="96"/>
        <source>The training process crashed</source>
        <translation>训练进程崩溃了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="97"/>
        <source>This is a bug in Lorasmith. Save the log (Log tab) and send it with a short report.</source>
        <translation>这是 Lorasmith 的程序错误。请保存日志（“日志”标签页），附上简短说明发给我们。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="121"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="97"/>
        <source>a few seconds</source>
        <translation>几秒钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="99"/>
        <source>about {0} seconds</source>
        <translation>约 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="101"/>
        <source>about {0} minutes</source>
        <translation>约 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="103"/>
        <source>about {0} hours</source>
        <translation>约 {0} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="104"/>
        <source>about {0} days</source>
        <translation>约 {0} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="111"/>
        <source>{0}: {1:.1f} GiB of video memory, {2:.1f} GiB free</source>
        <translation>{0}：显存 {1:.1f} GiB，可用 {2:.1f} GiB</translation>
    </message>
</context>
<context>
    <name>WizardReasons</name>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="26"/>
        <source>4-bit (QLoRA) stores the base model in a quarter of the memory with almost no loss in quality.</source>
        <translation>4 位（QLoRA）只用四分之一的内存存放基础模型，质量几乎没有损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="30"/>
        <source>Alpha at twice the rank is the usual, well-tested strength for the adapter.</source>
        <translation>alpha 取秩的两倍，是常用且经过充分验证的适配器强度。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="31"/>
        <source>8-bit AdamW keeps its state in a quarter of the memory and can spill to system memory in a spike.</source>
        <translation>8 位 AdamW 只用四分之一的内存保存状态，峰值时还能暂存到系统内存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="35"/>
        <source>Plain AdamW: the processor has no use for the 8-bit GPU optimizer.</source>
        <translation>普通 AdamW：处理器用不上 8 位 GPU 优化器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="36"/>
        <source>One example at a time, the least possible.</source>
        <translation>一次一个示例，已是最少。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="37"/>
        <source>Adapters on every layer learn best (as the QLoRA paper found) and cost little extra memory.</source>
        <translation>在所有层上加适配器学得最好（QLoRA 论文的发现），额外内存也不多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="40"/>
        <source>Adapters on the attention layers only, to fit in memory.</source>
        <translation>只在注意力层上加适配器，以便放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="41"/>
        <source>Adapters on two attention layers only, the smallest choice, to fit in memory.</source>
        <translation>只在两个注意力层上加适配器，这是最小的选择，以便放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="42"/>
        <source>Recomputes activations instead of storing them: about 30% slower, but it is what makes this fit.</source>
        <translation>重新计算激活值而不是保存它们：慢约 30%，但这样才放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="46"/>
        <source>There is room to keep the activations, so training runs about 30% faster without recomputing them.</source>
        <translation>内存足够保存激活值，不必重新计算，训练快约 30%。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="50"/>
        <source>Trains on your NVIDIA graphics card.</source>
        <translation>在你的 NVIDIA 显卡上训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="51"/>
        <source>No usable NVIDIA graphics card, so training runs on the processor: slow, fine for small models.</source>
        <translation>没有可用的 NVIDIA 显卡，所以在处理器上训练：很慢，适合小模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="55"/>
        <source>Training stops with a clear out-of-memory message above this, instead of spilling into system memory and running ten times slower.</source>
        <translation>超过这个值时训练会停止并明确提示显存不足，而不是溢出到系统内存、慢上十倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="60"/>
        <source>Too few examples to hold any back, so validation is off.</source>
        <translation>示例太少，留不出验证数据，所以关闭验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="61"/>
        <source>Memory is tight: the settings were reduced to fit (see the reasons).</source>
        <translation>内存吃紧：设置已调低以便放得下（见各项理由）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="62"/>
        <source>This mixture-of-experts model keeps its experts unquantised in this version of transformers, so 4-bit training needs far more memory than its size suggests.</source>
        <translation>在这个版本的 transformers 中，这个混合专家模型的专家层不会被量化，所以 4 位训练需要的内存远超它的大小所示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="68"/>
        <source>The logits over the vocabulary are the largest part of the activations; a shorter cutoff or a smaller micro batch shrinks them.</source>
        <translation>词表上的 logits 是激活值中最大的部分；缩短截断长度或减小微批次可以让它变小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="73"/>
        <source>This model&apos;s attention softcapping needs eager attention, which stores a full attention matrix per head: long cutoffs cost much more memory than on other models.</source>
        <translation>这个模型的注意力软上限需要 eager 注意力，它为每个注意力头保存完整的注意力矩阵：截断长度长时，内存比其他模型多得多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="79"/>
        <source>Eager attention stores a full attention matrix per head; sdpa needs far less for long texts.</source>
        <translation>eager 注意力为每个头保存完整的注意力矩阵；处理长文本时 sdpa 需要的少得多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="89"/>
        <source>{0} tokens suits typical examples; look at your dataset&apos;s lengths to cut fewer of them.</source>
        <translation>{0} 个 token 适合一般的示例；查看你的数据集长度，可以少截断一些。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="95"/>
        <source>{0} tokens covers {1} of your examples in full (the longest has {2}); longer ones are cut at the end.</source>
        <translation>{0} 个 token 能完整容纳 {1} 的示例（最长的有 {2}）；更长的会在结尾被截断。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="102"/>
        <source>{0} tokens fits every one of your examples in full (the longest has {1}).</source>
        <translation>{0} 个 token 能完整容纳你的每个示例（最长的有 {1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="106"/>
        <source>{0} tokens is the longest text this model was trained for.</source>
        <translation>{0} 个 token 是这个模型训练时处理过的最长文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="110"/>
        <source>{0} tokens, shorter than your examples need ({1}), so that training fits in memory.</source>
        <translation>{0} 个 token，比你的示例所需（{1}）短，以便训练放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="116"/>
        <source>Rank {0} gives the adapter room to take in new facts.</source>
        <translation>秩 {0} 让适配器有足够空间吸收新的事实。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="120"/>
        <source>Rank {0} is plenty to learn a style or format; higher ranks mostly learn your examples by heart.</source>
        <translation>秩 {0} 足以学会一种风格或格式；更高的秩多半只是把你的示例背下来。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="127"/>
        <source>Rank {0}, lower than ideal ({1}), so that training fits in memory.</source>
        <translation>秩 {0}，低于理想值（{1}），以便训练放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="131"/>
        <source>1 example at a time is the most that fits in {0} at this cutoff.</source>
        <translation>在这个截断长度下，{0}一次最多放得下 1 个示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="135"/>
        <source>{0} examples at a time is the most that fits in {1} at this cutoff.</source>
        <translation>在这个截断长度下，{1}一次最多放得下 {0} 个示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="139"/>
        <source>The model learns from {0} examples per step ({1} at a time, 1 time), which keeps learning smooth.</source>
        <translation>模型每步从 {0} 个示例中学习（一次 {1} 个，共 1 次），学习过程更平稳。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="146"/>
        <source>The model learns from {0} examples per step ({1} at a time, {2} times), which keeps learning smooth.</source>
        <translation>模型每步从 {0} 个示例中学习（一次 {1} 个，共 {2} 次），学习过程更平稳。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="153"/>
        <source>{0} passes over your {1} examples: small datasets need more passes, and facts need repetition.</source>
        <translation>把你的 {1} 个示例过 {0} 遍：小数据集需要多过几遍，而且事实需要重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="160"/>
        <source>{0} passes over your {1} examples: small datasets need more passes, and a style is learnt quickly.</source>
        <translation>把你的 {1} 个示例过 {0} 遍：小数据集需要多过几遍，而风格学得很快。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="167"/>
        <source>{0} passes over your {1} examples: large datasets need fewer, and facts need repetition.</source>
        <translation>把你的 {1} 个示例过 {0} 遍：大数据集需要的遍数少，而事实需要重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="173"/>
        <source>{0} passes over your {1} examples: large datasets need fewer, and a style is learnt quickly.</source>
        <translation>把你的 {1} 个示例过 {0} 遍：大数据集需要的遍数少，而且风格学得很快。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="181"/>
        <source>{0} passes over a typical dataset: small datasets need more passes, and facts need repetition. Give a dataset for a schedule fitted to it.</source>
        <translation>按一般的数据集过 {0} 遍：小数据集需要多过几遍，而且事实需要重复。选择数据集后可得到针对它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="190"/>
        <source>{0} passes over a typical dataset: small datasets need more passes, and a style is learnt quickly. Give a dataset for a schedule fitted to it.</source>
        <translation>按一般的数据集过 {0} 遍：小数据集需要多过几遍，而风格学得很快。选择数据集后可得到针对它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="199"/>
        <source>{0} passes over a typical dataset: large datasets need fewer, and facts need repetition. Give a dataset for a schedule fitted to it.</source>
        <translation>按一般的数据集过 {0} 遍：大数据集需要的遍数少，而事实需要重复。选择数据集后可得到针对它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="208"/>
        <source>{0} passes over a typical dataset: large datasets need fewer, and a style is learnt quickly. Give a dataset for a schedule fitted to it.</source>
        <translation>按一般的数据集过 {0} 遍：大数据集需要的遍数少，而且风格学得很快。选择数据集后可得到针对它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="216"/>
        <source>{0} is the tested QLoRA rate.</source>
        <translation>{0} 是经过验证的 QLoRA 学习率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="220"/>
        <source>{0} is the tested QLoRA rate, a little lower for the smaller batch.</source>
        <translation>{0} 是经过验证的 QLoRA 学习率，因批次较小而略低。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="224"/>
        <source>{0} is the tested QLoRA rate for large models.</source>
        <translation>{0} 是经过验证的大模型 QLoRA 学习率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="228"/>
        <source>{0} is the tested QLoRA rate for large models, a little lower for the smaller batch.</source>
        <translation>{0} 是经过验证的大模型 QLoRA 学习率，因批次较小而略低。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="234"/>
        <source>The first {0} of the run raises the learning rate gently, so it starts stable.</source>
        <translation>训练的前 {0} 会缓慢提高学习率，让开头更稳定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="240"/>
        <source>{0} of the examples are held back to check that the model is not just memorising.</source>
        <translation>留出 {0} 的示例，用来检查模型是不是只在死记硬背。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="246"/>
        <source>Validation loss is measured every 1 step, about ten times in the run.</source>
        <translation>每一步测量一次验证损失，整个训练大约测量十次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="250"/>
        <source>Validation loss is measured every {0} steps, about ten times in the run.</source>
        <translation>每 {0} 步测量一次验证损失，整个训练大约测量十次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="254"/>
        <source>A checkpoint every {0} steps, so a crash or a stop loses little.</source>
        <translation>每 {0} 步保存一个检查点，出错或停止时损失很少。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="259"/>
        <source>Even the smallest settings need {0} GiB, more than {1}. Choose a smaller model (fewer billions of parameters) or a shorter cutoff length, or close other programs that use the graphics card.</source>
        <translation>即使用最小的设置也需要 {0} GiB，超过了{1}。请选择更小的模型（参数更少）或更短的截断长度，或关闭其他占用显卡的程序。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="268"/>
        <source>LoRA targets not found in this architecture and left out of the estimate: {0}</source>
        <translation>这个架构中找不到以下 LoRA 目标，估算时未计入：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="274"/>
        <source>The embeddings and output layer ({0} words) are kept in fp32 for stable training: {1} GiB.</source>
        <translation>为了训练稳定，嵌入层和输出层（{0} 个词）以 fp32 保存：{1} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="280"/>
        <source>your {0} GiB budget</source>
        <translation>你的 {0} GiB 预算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="281"/>
        <source>{0} GiB of free memory</source>
        <translation>{0} GiB 可用内存</translation>
    </message>
</context>
</TS>
