__version__ = "0.1.0"

import warnings
# fastai compiles two activations with `torch.jit.script` when it is imported, which this torch reports as deprecated:
# silenced here, before any module of the package imports fastai
warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning,
                        module=r'torch\.jit')
